package org.vigil.actors;

/**
 * An office a person held: "Minister of Foreign Affairs" of PAK_MOFA from 2024-03-11.
 *
 * @param title  the office as reports name it
 * @param org    id of the organisation the holder acts for in this office
 * @param period when the office was held
 */
public record Office(String title, String org, Period period) {
}
