package org.vigil.event;

/** ACLED's coding of an event, where one applies (ACLED has no category for diplomacy such as visits and talks). */
public record Acled(String eventType, String subEventType) {
}
