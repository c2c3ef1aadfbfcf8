package org.veil.ui.main;

/** The steps of the workbench, in the order a privacy officer goes through them. */
public enum Step {
    DATA("Data", "The dataset as imported"),
    ATTRIBUTES("Attributes", "Roles of the columns"),
    HIERARCHIES("Hierarchies", "How values generalize"),
    PRIVACY("Privacy", "Models and limits"),
    EXPLORE("Explore", "Pick a solution"),
    ANALYZE("Analyze", "Risk and utility"),
    EXPORT("Export", "Write the result"),
    AUDIT("Audit", "What was done, verifiably");

    private final String title;
    private final String description;

    Step(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    /** A few words under the title in the navigation. */
    public String description() {
        return description;
    }
}
