package dev.contractgate.faults;

/** A named fault of the catalogue, with one line on what the faulty server does wrong. */
public record PlantedFault(String name, String description, Fault fault) {
}
