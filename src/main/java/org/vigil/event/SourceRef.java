package org.vigil.event;

/** Who the report says the information came from: "AFP", "police", "an official who wished to remain anonymous". */
public record SourceRef(String name, SourceKind kind) {
}
