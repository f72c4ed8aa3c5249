package dev.contractgate.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, when there is one. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"contract " + text()};
    }

    /** This build's version, or {@code (development build)}. */
    static String text() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
