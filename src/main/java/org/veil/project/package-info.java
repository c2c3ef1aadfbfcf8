/**
 * Project files and their audit trail: what a privacy officer configured and decided, saved so
 * an auditor can open, verify and replay it. Depends on the engine only.
 */
package org.veil.project;
