/** Progress reporting and cooperative cancellation for long-running work. */
package org.veil.engine.progress;
