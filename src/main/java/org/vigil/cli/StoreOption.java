package org.vigil.cli;

import java.util.Optional;
import org.vigil.store.Stores;
import picocli.CommandLine.Option;

/** The --store option every store command shares. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = {"Store directory.", "Default: $VIGIL_HOME, else " + Stores.DEFAULT_DIR + "."})
    String dir;

    String resolve() {
        return Stores.resolve(Optional.ofNullable(dir), System.getenv());
    }
}
