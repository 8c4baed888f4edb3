package dev.tpmfaqbot.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The libraries the jar is built from: one OkHttp, the one JDA is written for (the enforcer keeps
 * it so).
 */
class DependenciesTest {

    @Test
    void oneOkHttpTheFifth() {
        List<String> jars =
                Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .map(path -> new File(path).getName())
                        .filter(name -> name.startsWith("okhttp"))
                        .toList();

        assertEquals(1, jars.size(), jars.toString());
        assertTrue(okhttp3.OkHttp.VERSION.startsWith("5."), okhttp3.OkHttp.VERSION);
    }
}
