package org.souk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @TempDir
    Path home;
    @TempDir
    Path project;

    private Config config(Map<String, String> env, Path workingDir) {
        return new Config(new Terminal(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), env, workingDir, false));
    }

    @Test
    void savesTheTokenInTheUsersConfigReadableByTheUserOnly() throws Exception {
        Config config = config(Map.of("HOME", home.toString()), project);
        Path file = config.save(new Config.Login("https://souk.example.com", "secret-token"));

        assertThat(file).isEqualTo(home.resolve(".config/souk/config"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(config.login()).isEqualTo(new Config.Login("https://souk.example.com", "secret-token"));
        assertThat(project).isEmptyDirectory();
    }

    @Test
    void followsXdgConfigHomeAndTheEnvironmentWins() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME",
                home.resolve("xdg").toString()));
        config(env, project).save(new Config.Login("https://a.example.com", "saved"));
        assertThat(home.resolve("xdg/souk/config")).isRegularFile();

        env.put("SOUK_TOKEN", "from-ci");
        assertThat(config(env, project).login()).isEqualTo(new Config.Login("https://a.example.com", "from-ci"));
        env.put("SOUK_URL", "https://b.example.com");
        assertThat(config(env, project).login()).isEqualTo(new Config.Login("https://b.example.com", "from-ci"));
    }

    @Test
    void refusesToSaveTheTokenInsideTheProjectFolder() {
        Config config = config(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", project.resolve(".config")
                .toString()), project);
        assertThatThrownBy(() -> config.save(new Config.Login("https://souk.example.com", "t")))
                .hasMessageContaining("inside the project folder");
        assertThat(project).isEmptyDirectory();
    }
}
