package org.sitrep.store.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoreException;

class PostgresLocationTest {
    @TempDir
    Path home;

    @Test
    void reads_user_password_host_port_and_database_from_the_address() {
        PostgresLocation location = parse("postgresql://analyst:s%40cret@db.example:6543/team", Map.of());

        assertThat(location).isEqualTo(new PostgresLocation("db.example", 6543, "team", "analyst", "s@cret", Map.of()));
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/team");
        assertThat(location.toString()).isEqualTo("postgresql://analyst@db.example:6543/team").doesNotContain("cret");
    }

    @Test
    void reads_the_jdbc_form_with_user_and_password_as_parameters_and_keeps_the_others_for_the_driver() {
        PostgresLocation location = parse("jdbc:postgresql://db.example/team?user=analyst&password=pw&sslmode=require",
                Map.of());

        assertThat(location).isEqualTo(new PostgresLocation("db.example", 5432, "team", "analyst", "pw",
                Map.of("sslmode", "require")));
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/team?sslmode=require");
    }

    @Test
    void a_password_left_out_comes_from_pgpassword_then_from_the_pgpass_file() throws Exception {
        assertThat(parse("postgresql://analyst@db.example/team", Map.of("PGPASSWORD", "from-env")).password())
                .isEqualTo("from-env");

        Files.writeString(home.resolve(".pgpass"), """
                # host:port:database:user:password
                other.example:5432:team:analyst:not-this-one
                db.example:5432:*:analyst:from\\:file
                *:*:*:*:fallback
                """);
        assertThat(parse("postgresql://analyst@db.example/team", Map.of()).password()).isEqualTo("from:file");
        assertThat(parse("postgresql://someone@elsewhere/x", Map.of()).password()).isEqualTo("fallback");
        assertThat(parse("postgresql://analyst:given@db.example/team", Map.of("PGPASSWORD", "from-env")).password())
                .isEqualTo("given");
    }

    @Test
    void a_user_left_out_is_pguser_or_the_login_name() {
        assertThat(parse("postgresql://db.example/team", Map.of("PGUSER", "team-user")).user()).isEqualTo("team-user");
        assertThat(parse("postgresql://db.example/team", Map.of()).user()).isEqualTo("login");
    }

    @Test
    void an_address_without_database_or_host_is_refused_without_showing_its_password() {
        assertThatThrownBy(() -> parse("postgresql://analyst:secret@db.example", Map.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("names no database")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> parse("postgresql:///team", Map.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("names no host");
        assertThat(PostgresLocation.isAddress("sitrep-data/sitrep.db")).isFalse();
        assertThat(PostgresLocation.isAddress("postgres://h/d")).isTrue();
    }

    private PostgresLocation parse(String address, Map<String, String> env) {
        return PostgresLocation.parse(address, env::get, home, "login");
    }
}
