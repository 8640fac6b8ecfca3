package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoresTest {
    @Test
    void theStoreOptionWinsOverVigilHomeWhichWinsOverTheDefault() {
        assertEquals("/a", Stores.resolve(Optional.of("/a"), Map.of("VIGIL_HOME", "/b")));
        assertEquals("/b", Stores.resolve(Optional.empty(), Map.of("VIGIL_HOME", "/b")));
        assertEquals("./vigil-data", Stores.resolve(Optional.empty(), Map.of()));
        assertEquals("./vigil-data", Stores.resolve(Optional.of(" "), Map.of("VIGIL_HOME", "")));
    }
}
