/** The {@code veil} command line: thin picocli commands over the service layer. */
package org.veil.cli;
