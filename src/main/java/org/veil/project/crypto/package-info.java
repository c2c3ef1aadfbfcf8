/**
 * Password protection of whole project files: AES-256-GCM with a key from PBKDF2, JDK crypto only.
 * Works on bytes in memory, so no plaintext ever reaches a (temporary) file.
 */
package org.veil.project.crypto;
