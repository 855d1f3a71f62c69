package io.pgwarden.deploy.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.schema.CheckConstraintInfo;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.IndexInfo;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.schema.UniqueConstraintInfo;
import io.pgwarden.deploy.support.Ports;
import io.pgwarden.schema.store.CatalogReading;
import io.pgwarden.schema.store.ColumnValueSampler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * schema-service's catalog reading against a real PostgreSQL and a schema made up for this test (no name of the
 * sample database): unique and check constraints, indexes with their method, column defaults and pg_stats' most
 * common values, all read as the reading role.
 */
class CatalogDiscoveryIT {

    private static Path workDir;
    private static PostgresServer server;
    private static SchemaCatalog catalog;
    private static SchemaCatalog catalogBeforeAnIndex;
    private static DatabaseEndpoint owner;
    private static DatabaseEndpoint reader;

    @BeforeAll
    static void startPostgresAndReadTheCatalog() throws Exception {
        workDir = Files.createTempDirectory("pgwarden-catalog-");
        server = new PostgresServer(PostgresBinaries.unpackInto(PostgresBinaries.defaultCacheRoot()),
                RootlessCommand.forCurrentUser(), workDir.resolve("data"), Ports.freePort(), false,
                workDir.resolve("postgres.log"));
        server.start(Instant.now().plusSeconds(120));
        new DatabaseProvisioner(server).provision();
        try (Connection maintenance = server.superuser(PostgresAccounts.MAINTENANCE_DATABASE).open();
                Statement statement = maintenance.createStatement()) {
            statement.execute("CREATE DATABASE clinic OWNER " + PostgresAccounts.OWNER);
        }
        owner = DatabaseEndpoint.local(server.port(), "clinic", PostgresAccounts.OWNER,
                PostgresAccounts.OWNER_PASSWORD);
        reader = owner.as(PostgresAccounts.READER, PostgresAccounts.READER_PASSWORD);
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE ward (ward_no integer PRIMARY KEY, label text NOT NULL UNIQUE);
                    CREATE TABLE patient (
                        patient_no bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        ward_no integer NOT NULL REFERENCES ward,
                        email text NOT NULL,
                        badge text NOT NULL,
                        admitted_on date NOT NULL DEFAULT current_date,
                        triage text NOT NULL DEFAULT 'green' CHECK (triage IN ('green', 'yellow', 'red')),
                        tags text[] NOT NULL DEFAULT '{}',
                        weight_kg numeric(5,1) CONSTRAINT weight_is_plausible CHECK (weight_kg > 0 AND weight_kg < 500),
                        CONSTRAINT patient_badge_per_ward UNIQUE (ward_no, badge));
                    CREATE UNIQUE INDEX patient_email_lower ON patient (lower(email));
                    CREATE INDEX patient_tags ON patient USING gin (tags);
                    CREATE INDEX patient_admitted ON patient USING brin (admitted_on);
                    CREATE TABLE private_notes (id integer PRIMARY KEY, note text UNIQUE);
                    INSERT INTO ward VALUES (1, 'North'), (2, 'South');
                    INSERT INTO patient (ward_no, email, badge, triage, weight_kg)
                    SELECT 1 + g % 2, 'p' || g || '@example.org', 'b' || g,
                           CASE WHEN g % 10 < 7 THEN 'green' WHEN g % 10 < 9 THEN 'yellow' ELSE 'red' END, 60 + g % 40
                    FROM generate_series(1, 1000) g;
                    ANALYZE;
                    GRANT SELECT ON ward, patient TO pgwarden_reader;
                    """);
        }
        catalogBeforeAnIndex = read();
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX patient_weight ON patient (weight_kg)");
        }
        catalog = read();
    }

    private static SchemaCatalog read() throws Exception {
        try (Connection connection = reader.open()) {
            return CatalogReading.read(connection, "clinic", CatalogReading.Settings.defaults(),
                    new ColumnValueSampler());
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void uniqueConstraintsAreListedWithTheirColumnsInKeyOrder() {
        assertThat(table("ward").uniqueKeys()).containsExactly(
                new UniqueConstraintInfo("ward_label_key", java.util.List.of("label")));
        assertThat(table("patient").uniqueKeys()).containsExactly(
                new UniqueConstraintInfo("patient_badge_per_ward", java.util.List.of("ward_no", "badge")));
    }

    @Test
    void indexesCarryTheirColumnsOrExpressionUniquenessAndMethod() {
        assertThat(table("patient").indexes()).containsExactlyInAnyOrder(
                new IndexInfo("patient_pkey", java.util.List.of("patient_no"), true, "btree"),
                new IndexInfo("patient_badge_per_ward", java.util.List.of("ward_no", "badge"), true, "btree"),
                new IndexInfo("patient_email_lower", java.util.List.of("lower(email)"), true, "btree"),
                new IndexInfo("patient_tags", java.util.List.of("tags"), false, "gin"),
                new IndexInfo("patient_admitted", java.util.List.of("admitted_on"), false, "brin"),
                new IndexInfo("patient_weight", java.util.List.of("weight_kg"), false, "btree"));
    }

    @Test
    void checkConstraintsCarryTheirDefinition() {
        assertThat(table("patient").checks()).extracting(CheckConstraintInfo::name)
                .containsExactlyInAnyOrder("patient_triage_check", "weight_is_plausible");
        assertThat(table("patient").checks()).filteredOn(c -> c.name().equals("weight_is_plausible"))
                .singleElement().satisfies(c -> assertThat(c.definition()).startsWith("CHECK (")
                        .contains("weight_kg > (0)::numeric").contains("weight_kg < (500)::numeric"));
    }

    @Test
    void defaultsAreReadAsTheirExpressionAndAnIdentityHasNone() {
        assertThat(column("patient", "admitted_on").defaultExpression()).isEqualTo("CURRENT_DATE");
        assertThat(column("patient", "triage").defaultExpression()).isEqualTo("'green'::text");
        assertThat(column("patient", "tags").defaultExpression()).isEqualTo("'{}'::text[]");
        assertThat(column("patient", "patient_no").defaultExpression()).isNull();
        assertThat(column("patient", "patient_no").hasDefault()).isTrue();
        assertThat(column("patient", "email").defaultExpression()).isNull();
    }

    @Test
    void mostCommonValuesComeFromPgStatsMostFrequentFirst() {
        assertThat(column("patient", "triage").mostCommonValues()).containsExactly("green", "yellow", "red");
        assertThat(column("patient", "ward_no").mostCommonValues()).containsExactlyInAnyOrder("1", "2");
        // Every email is different: pg_stats keeps no common values for it.
        assertThat(column("patient", "email").mostCommonValues()).isEmpty();
        assertThat(column("patient", "weight_kg").mostCommonValues()).hasSize(10);
    }

    @Test
    void aTableTheReaderMayNotSelectIsNotInTheCatalogAtAll() {
        assertThat(catalog.tables()).extracting(TableInfo::name).containsExactlyInAnyOrder("patient", "ward");
    }

    @Test
    void aNewIndexChangesTheFingerprintSoTheCatalogIsReadAgain() {
        assertThat(catalog.fingerprint()).isNotEqualTo(catalogBeforeAnIndex.fingerprint());
    }

    private static TableInfo table(String name) {
        return catalog.table("public." + name).orElseThrow();
    }

    private static ColumnInfo column(String table, String column) {
        return table(table).column(column).orElseThrow();
    }
}
