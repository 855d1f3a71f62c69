-- Deterministic data for the sample shop: every value follows from the row number through fixed arrays and modular
-- arithmetic, so each load gives the same rows and tests can assert exact counts (listed in deploy/README.md).
-- Runs after sample-schema.sql, as role pgwarden, in the same transaction.

CREATE TEMPORARY TABLE first_names ON COMMIT DROP AS
SELECT name, ordinality - 1 AS idx
  FROM unnest(ARRAY['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David',
                    'Elizabeth', 'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah',
                    'Charles', 'Karen', 'Daniel', 'Nancy', 'Matthew', 'Lisa', 'Anthony', 'Betty', 'Mark', 'Sandra',
                    'Steven', 'Ashley']) WITH ORDINALITY AS t(name, ordinality);

CREATE TEMPORARY TABLE last_names ON COMMIT DROP AS
SELECT name, ordinality - 1 AS idx
  FROM unnest(ARRAY['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez',
                    'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore',
                    'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark',
                    'Ramirez', 'Lewis', 'Robinson']) WITH ORDINALITY AS t(name, ordinality);

-- 40 address slots; a state appears as often as it should weigh among customers (California 7, Texas 5, ...).
CREATE TEMPORARY TABLE locations (idx integer PRIMARY KEY, city text NOT NULL, state text NOT NULL) ON COMMIT DROP;
INSERT INTO locations (idx, city, state) VALUES
    (0, 'Los Angeles', 'California'), (1, 'San Francisco', 'California'), (2, 'San Diego', 'California'),
    (3, 'Los Angeles', 'California'), (4, 'San Jose', 'California'), (5, 'Los Angeles', 'California'),
    (6, 'Sacramento', 'California'),
    (7, 'Houston', 'Texas'), (8, 'Austin', 'Texas'), (9, 'Dallas', 'Texas'), (10, 'Houston', 'Texas'),
    (11, 'San Antonio', 'Texas'),
    (12, 'New York', 'New York'), (13, 'Buffalo', 'New York'), (14, 'New York', 'New York'),
    (15, 'Rochester', 'New York'),
    (16, 'Miami', 'Florida'), (17, 'Orlando', 'Florida'), (18, 'Tampa', 'Florida'),
    (19, 'Chicago', 'Illinois'), (20, 'Chicago', 'Illinois'), (21, 'Springfield', 'Illinois'),
    (22, 'Seattle', 'Washington'), (23, 'Spokane', 'Washington'),
    (24, 'Boston', 'Massachusetts'), (25, 'Cambridge', 'Massachusetts'),
    (26, 'Atlanta', 'Georgia'), (27, 'Savannah', 'Georgia'),
    (28, 'Denver', 'Colorado'), (29, 'Boulder', 'Colorado'),
    (30, 'Phoenix', 'Arizona'), (31, 'Tucson', 'Arizona'),
    (32, 'Philadelphia', 'Pennsylvania'), (33, 'Pittsburgh', 'Pennsylvania'),
    (34, 'Columbus', 'Ohio'), (35, 'Cleveland', 'Ohio'),
    (36, 'Charlotte', 'North Carolina'), (37, 'Raleigh', 'North Carolina'),
    (38, 'Portland', 'Oregon'),
    (39, 'Detroit', 'Michigan');

-- 40 employees: 1-2 admin, 3-10 account managers, 11-18 sales, 19-28 analysts, 29-34 support, 35-40 warehouse.
INSERT INTO users (id, username, email, phone, registered_at, role)
SELECT n,
       lower(f.name) || '.' || lower(l.name),
       lower(f.name) || '.' || lower(l.name) || '@shop.example.com',
       '+1 (415) 555-' || lpad((1000 + n * 37)::text, 4, '0'),
       timestamptz '2023-01-02 09:00:00+00' + ((n * 29) % 1000) * interval '1 day' + (n % 8) * interval '1 hour',
       CASE
           WHEN n <= 2 THEN 'admin'
           WHEN n <= 10 THEN 'account_manager'
           WHEN n <= 18 THEN 'sales'
           WHEN n <= 28 THEN 'analyst'
           WHEN n <= 34 THEN 'support'
           ELSE 'warehouse'
       END
  FROM generate_series(1, 40) AS n
  JOIN first_names f ON f.idx = ((n - 1) * 7) % 30
  JOIN last_names l ON l.idx = ((n - 1) * 11 + (n - 1) / 30) % 30;

-- 500 customers; each (first, last) pair is distinct, so emails are too.
INSERT INTO customers (id, first_name, last_name, email, phone, city, state, created_at, account_manager_id)
SELECT n,
       f.name,
       l.name,
       lower(f.name) || '.' || lower(l.name) || '@'
           || (ARRAY['example.com', 'example.net', 'example.org'])[1 + n % 3],
       CASE WHEN n % 8 = 0 THEN NULL
            ELSE '+1 (' || (201 + (n * 7) % 780) || ') 555-' || lpad(((n * 7919) % 10000)::text, 4, '0') END,
       loc.city,
       loc.state,
       timestamptz '2023-01-01 00:00:00+00' + ((n * 53) % 730) * interval '1 day'
           + ((n * 7) % 24) * interval '1 hour' + ((n * 13) % 60) * interval '1 minute',
       CASE WHEN n % 6 = 0 THEN NULL ELSE 3 + n % 8 END
  FROM generate_series(1, 500) AS n
  JOIN first_names f ON f.idx = (n - 1) % 30
  JOIN last_names l ON l.idx = ((n - 1) / 30 + (n - 1) * 7) % 30
  JOIN locations loc ON loc.idx = (n * 17) % 40;

INSERT INTO categories (id, name, description) VALUES
    (1, 'Electronics', 'Computer accessories, audio and wearables.'),
    (2, 'Books', 'Technical books, cookbooks and travel.'),
    (3, 'Home & Kitchen', 'Cookware and small kitchen appliances.'),
    (4, 'Clothing', 'Everyday and outdoor clothing and shoes.'),
    (5, 'Sports & Outdoors', 'Fitness, cycling and camping gear.'),
    (6, 'Toys & Games', 'Toys, puzzles and board games.'),
    (7, 'Beauty', 'Skin care and personal care appliances.'),
    (8, 'Garden', 'Garden tools, lighting and planters.');

INSERT INTO products (id, name, category_id, price, stock, created_at)
SELECT v.id, v.name, v.category_id, v.price,
       CASE WHEN v.id % 12 = 0 THEN 0 ELSE 5 + (v.id * 37) % 190 END,
       timestamptz '2023-01-01 08:00:00+00' + ((v.id * 11) % 365) * interval '1 day'
  FROM (VALUES
    (1, 'Wireless Mouse', 1, 24.99), (2, 'Mechanical Keyboard', 1, 89.00), (3, '27-inch 4K Monitor', 1, 329.99),
    (4, 'Noise-Cancelling Headphones', 1, 249.00), (5, 'USB-C Hub', 1, 39.50), (6, 'Bluetooth Speaker', 1, 59.99),
    (7, 'Smartwatch', 1, 199.99), (8, 'Laptop Stand', 1, 34.95),
    (9, 'The Pragmatic Programmer', 2, 42.00), (10, 'Designing Data-Intensive Applications', 2, 45.50),
    (11, 'SQL Performance Explained', 2, 35.00), (12, 'Clean Code', 2, 38.99), (13, 'The Art of PostgreSQL', 2, 49.00),
    (14, 'Cooking for Engineers', 2, 24.00), (15, 'Atlas of Remote Islands', 2, 19.95),
    (16, 'Espresso Machine', 3, 449.00), (17, 'Chef''s Knife', 3, 79.90), (18, 'Cast Iron Skillet', 3, 44.95),
    (19, 'Electric Kettle', 3, 39.99), (20, 'Air Fryer', 3, 119.00), (21, 'Blender', 3, 89.99),
    (22, 'Dutch Oven', 3, 99.50),
    (23, 'Rain Jacket', 4, 129.00), (24, 'Merino Wool Sweater', 4, 98.00), (25, 'Running Shoes', 4, 139.95),
    (26, 'Denim Jeans', 4, 69.50), (27, 'Cotton T-Shirt', 4, 19.99), (28, 'Leather Belt', 4, 45.00),
    (29, 'Yoga Mat', 5, 29.99), (30, 'Two-Person Camping Tent', 5, 189.00), (31, 'Trekking Poles', 5, 64.95),
    (32, 'Road Bike Helmet', 5, 74.99), (33, 'Insulated Water Bottle', 5, 27.50), (34, 'Adjustable Dumbbells', 5, 299.00),
    (35, 'Sleeping Bag', 5, 109.00),
    (36, 'Building Blocks Set', 6, 59.99), (37, 'Strategy Board Game', 6, 44.99), (38, '1000-Piece Puzzle', 6, 17.99),
    (39, 'Remote Control Car', 6, 79.00), (40, 'Plush Bear', 6, 14.99),
    (41, 'Vitamin C Serum', 7, 32.00), (42, 'Hair Dryer', 7, 89.00), (43, 'Electric Toothbrush', 7, 69.99),
    (44, 'Sunscreen SPF 50', 7, 15.50), (45, 'Beard Trimmer', 7, 49.95),
    (46, 'Garden Hose 50 ft', 8, 39.99), (47, 'Pruning Shears', 8, 24.50), (48, 'Raised Garden Bed', 8, 149.00),
    (49, 'Solar Path Lights 8-Pack', 8, 54.99), (50, 'Cordless Leaf Blower', 8, 159.00)
  ) AS v(id, name, category_id, price);

-- 2000 orders. The quadratic spread gives customers from 1 to 11 orders and leaves 43 (ids 461-500 among them)
-- without any. Every order is placed within a year after its customer signed up.
INSERT INTO orders (id, customer_id, order_date, status, shipped_date)
SELECT n,
       c.id,
       c.created_at + ((n * 29) % 365) * interval '1 day' + ((n * 5) % 24) * interval '1 hour',
       s.status,
       CASE WHEN s.status IN ('shipped', 'delivered')
            THEN (c.created_at + ((n * 29) % 365 + 1 + n % 4) * interval '1 day')::date END
  FROM generate_series(1, 2000) AS n
  JOIN customers c ON c.id = ((n * n) % 503 + n * 13) % 460 + 1
 CROSS JOIN LATERAL (SELECT CASE
                                WHEN n % 20 = 0 THEN 'cancelled'
                                WHEN n % 9 = 0 THEN 'pending'
                                WHEN n % 3 = 0 THEN 'shipped'
                                ELSE 'delivered'
                            END AS status) AS s;

-- 1 to 4 lines per order (5000 in all); the products of one order are distinct.
INSERT INTO order_items (id, order_id, product_id, quantity, unit_price)
SELECT row_number() OVER (ORDER BY o.id, k),
       o.id,
       p.id,
       1 + (o.id + k * 3) % 4,
       p.price
  FROM orders o
 CROSS JOIN LATERAL generate_series(0, (o.id * 7) % 4) AS k
  JOIN products p ON p.id = (o.id * 13 + k * 7) % 50 + 1;

UPDATE orders o
   SET total_amount = t.total
  FROM (SELECT order_id, sum(quantity * unit_price) AS total FROM order_items GROUP BY order_id) AS t
 WHERE t.order_id = o.id;

SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users));
SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT max(id) FROM customers));
SELECT setval(pg_get_serial_sequence('categories', 'id'), (SELECT max(id) FROM categories));
SELECT setval(pg_get_serial_sequence('products', 'id'), (SELECT max(id) FROM products));
SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT max(id) FROM orders));
SELECT setval(pg_get_serial_sequence('order_items', 'id'), (SELECT max(id) FROM order_items));

CREATE TRIGGER order_items_total_trg
    AFTER INSERT OR UPDATE OR DELETE ON order_items
    FOR EACH ROW
    EXECUTE FUNCTION recompute_order_total();

ANALYZE users, customers, categories, products, orders, order_items, order_status_history;
