package org.sitrep.cli;

/** Placeholder entry point; replaced by the picocli command tree. */
public final class SitrepCli {
    private SitrepCli() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
