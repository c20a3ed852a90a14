package org.reversementoring.identity;

/** The first and last name a person is registered under. */
public record PersonName(String firstName, String lastName) {
}
