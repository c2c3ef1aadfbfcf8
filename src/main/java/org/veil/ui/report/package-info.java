/** File › Export Report (PDF): the project report with its charts, written in the background. */
package org.veil.ui.report;
