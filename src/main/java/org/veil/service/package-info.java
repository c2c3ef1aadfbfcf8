/**
 * The use cases the workbench and the command line share: import, anonymize, analyze, export,
 * save. Front ends call these; they never read or write files themselves.
 */
package org.veil.service;
