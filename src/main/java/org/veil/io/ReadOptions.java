package org.veil.io;

import java.util.Set;

/** How to read a dataset file; one implementation per file format. */
public interface ReadOptions {

    /** Cell texts that mean "no value" (compared exactly, after trimming if the options trim). */
    Set<String> missingTokens();

    boolean hasHeader();
}
