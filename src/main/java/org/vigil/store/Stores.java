package org.vigil.store;

import java.util.Map;
import java.util.Optional;

/** Opens the embedded store and says where it lives: {@code --store DIR}, else {@code $VIGIL_HOME}, else ./vigil-data. */
public final class Stores {
    public static final String DEFAULT_DIR = "./vigil-data";

    private Stores() {
    }

    /** The store directory a command uses. */
    public static String resolve(Optional<String> option, Map<String, String> env) {
        if (option.isPresent() && !option.get().isBlank()) {
            return option.get();
        }
        String home = env.get("VIGIL_HOME");
        return home != null && !home.isBlank() ? home : DEFAULT_DIR;
    }

    /** Opens (creating if needed) a store for writing. */
    public static EventStore openForWriting(String dir) {
        return JdbcEventStore.open(new DuckDbDialect(), dir, false);
    }

    /** Opens an existing store for reading; several readers may share it. */
    public static EventStore openForReading(String dir) {
        return JdbcEventStore.open(new DuckDbDialect(), dir, true);
    }
}
