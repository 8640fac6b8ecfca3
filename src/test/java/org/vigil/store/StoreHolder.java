package org.vigil.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.vigil.fixtures.Clusters;

/** A second Vigil process for the lock test: opens a store, writes to it, says "ready", holds it until stdin closes. */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (EventStore s = Stores.openForWriting(args[0])) {
            s.ingest(Clusters.POLICE_LINES_WIRE.extraction());
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }
}
