package io.pgwarden.schema.store;

import io.agroal.api.AgroalDataSource;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.schema.config.SchemaConfig;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads the target database's catalog: relations, columns, keys, statistics and the value lexicon. */
@ApplicationScoped
public class CatalogReader {

    private final AgroalDataSource target;
    private final SchemaConfig config;
    private final ColumnValueSampler sampler;

    @Inject
    public CatalogReader(@DataSource("target") AgroalDataSource target, SchemaConfig config,
            ColumnValueSampler sampler) {
        this.target = target;
        this.config = config;
        this.sampler = sampler;
    }

    /** A stable id for the target database: where it is, not who reads it. */
    public String databaseId() {
        try (Connection connection = target.getConnection()) {
            String url = connection.getMetaData().getURL();
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query);
        } catch (SQLException e) {
            throw new TargetDatabaseUnavailableException(e);
        }
    }

    public String fingerprint() {
        try (Connection connection = target.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(CatalogQueries.FINGERPRINT)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new TargetDatabaseUnavailableException(e);
        }
    }

    public SchemaCatalog read(String databaseId) {
        try (Connection connection = target.getConnection()) {
            return CatalogReading.read(connection, databaseId, new CatalogReading.Settings(config.statementTimeout(),
                    config.excludedSchemas(), config.maxLexiconValues(), config.lexiconMaxTableRows()), sampler);
        } catch (SQLException e) {
            throw new TargetDatabaseUnavailableException(e);
        }
    }
}
