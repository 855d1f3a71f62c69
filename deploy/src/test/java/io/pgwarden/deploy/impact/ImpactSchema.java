package io.pgwarden.deploy.impact;

/**
 * A schema built to make impact analysis hard: cascades four levels deep (regions, accounts, orders, order_lines,
 * line_notes), ON UPDATE CASCADE, SET NULL (also on a self-reference), RESTRICT and NO ACTION references, a trigger
 * that updates the same parent row once per changed child row, a trigger that writes an audit table, sequences, a
 * sensitive column and a protected schema.
 */
final class ImpactSchema {

    private ImpactSchema() {
    }

    static final String DDL = """
            CREATE TABLE regions (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE agents (
                id        int PRIMARY KEY,
                name      text NOT NULL,
                api_token text,
                mentor_id int REFERENCES agents ON DELETE SET NULL);
            CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL UNIQUE);
            CREATE TABLE accounts (
                id          int PRIMARY KEY,
                region_id   int NOT NULL REFERENCES regions ON DELETE CASCADE ON UPDATE CASCADE,
                agent_id    int REFERENCES agents ON DELETE SET NULL,
                owner_email text NOT NULL,
                status      text NOT NULL DEFAULT 'active',
                balance     numeric(12, 2) NOT NULL DEFAULT 0);
            CREATE INDEX accounts_region_idx ON accounts (region_id);
            CREATE TABLE invoices (id int PRIMARY KEY, account_id int NOT NULL REFERENCES accounts, total numeric);
            CREATE TABLE orders (
                id         int PRIMARY KEY,
                account_id int NOT NULL REFERENCES accounts ON DELETE CASCADE,
                product_id int NOT NULL REFERENCES products ON DELETE RESTRICT,
                amount     int NOT NULL DEFAULT 0,
                status     text NOT NULL);
            CREATE INDEX orders_account_idx ON orders (account_id);
            CREATE TABLE order_lines (
                id       int PRIMARY KEY,
                order_id int NOT NULL REFERENCES orders ON DELETE CASCADE,
                qty      int NOT NULL CHECK (qty > 0));
            CREATE INDEX order_lines_order_idx ON order_lines (order_id);
            CREATE TABLE line_notes (
                id      serial PRIMARY KEY,
                line_id int NOT NULL REFERENCES order_lines ON DELETE CASCADE,
                note    text NOT NULL);
            CREATE INDEX line_notes_line_idx ON line_notes (line_id);
            CREATE TABLE audit_log (id bigserial PRIMARY KEY, table_name text NOT NULL, op text NOT NULL,
                                    row_id int NOT NULL);

            CREATE FUNCTION orders_audit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO audit_log (table_name, op, row_id)
                VALUES ('orders', TG_OP, CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
                RETURN NULL;
            END $$;
            CREATE TRIGGER orders_audit_trg AFTER INSERT OR UPDATE OR DELETE ON orders
                FOR EACH ROW EXECUTE FUNCTION orders_audit();

            -- once per changed line, so an order with four changed lines is updated four times
            CREATE FUNCTION order_amount() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE orders o SET amount = coalesce((SELECT sum(qty) FROM order_lines l WHERE l.order_id = o.id), 0)
                 WHERE o.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.order_id ELSE NEW.order_id END;
                RETURN NULL;
            END $$;
            CREATE TRIGGER order_amount_trg AFTER INSERT OR UPDATE OR DELETE ON order_lines
                FOR EACH ROW EXECUTE FUNCTION order_amount();

            CREATE VIEW account_totals AS
                SELECT a.id, sum(o.amount) AS amount FROM accounts a JOIN orders o ON o.account_id = a.id GROUP BY a.id;

            CREATE SCHEMA audit;
            CREATE TABLE audit.events (id int PRIMARY KEY, what text NOT NULL);

            INSERT INTO regions SELECT g, 'region ' || g FROM generate_series(1, 5) g;
            INSERT INTO agents SELECT g, 'agent ' || g, 'tok' || g, CASE WHEN g > 1 THEN g - 1 END
              FROM generate_series(1, 10) g;
            INSERT INTO products SELECT g, 'product ' || g FROM generate_series(1, 20) g;
            INSERT INTO accounts (id, region_id, agent_id, owner_email, status, balance)
            SELECT g, g % 5 + 1, CASE WHEN g % 3 = 0 THEN NULL ELSE g % 10 + 1 END, 'owner' || g || '@example.com',
                   CASE WHEN g % 4 = 0 THEN 'closed' ELSE 'active' END, g * 10
              FROM generate_series(1, 200) g;
            -- accounts 1 to 3 have invoices: they cannot be deleted (NO ACTION)
            INSERT INTO invoices SELECT g, g, 100 FROM generate_series(1, 3) g;
            -- product 20 is never ordered, so it is the only product that can be deleted (RESTRICT)
            INSERT INTO orders (id, account_id, product_id, status)
            SELECT g, g % 200 + 1, g % 19 + 1, CASE WHEN g % 2 = 0 THEN 'open' ELSE 'shipped' END
              FROM generate_series(1, 600) g;
            INSERT INTO order_lines SELECT g, g % 600 + 1, g % 7 + 1 FROM generate_series(1, 1500) g;
            UPDATE orders o SET amount = (SELECT coalesce(sum(qty), 0) FROM order_lines l WHERE l.order_id = o.id);
            INSERT INTO line_notes (line_id, note) SELECT g, 'note ' || g FROM generate_series(3, 1500, 3) g;
            TRUNCATE audit_log;
            INSERT INTO audit.events SELECT g, 'event ' || g FROM generate_series(1, 5) g;
            """;
}
