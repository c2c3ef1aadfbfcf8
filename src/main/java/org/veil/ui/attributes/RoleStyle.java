package org.veil.ui.attributes;

import java.util.List;
import org.veil.service.workspace.AttributeRole;
import org.veil.ui.data.DatasetTableView.HeaderBadge;

/** How a role looks: its style class (colour, in attributes.css) and its badge in a column header. */
final class RoleStyle {

    private RoleStyle() {
    }

    /** E.g. {@code role-quasi-identifying}. */
    static String styleClass(AttributeRole role) {
        return "role-" + role.name().toLowerCase().replace('_', '-');
    }

    static HeaderBadge badge(String column, AttributeRole role) {
        return new HeaderBadge(role.label(), "Role of '" + column + "': " + role.explanation()
                + ".\nClick the column to change it in the panel on the right.",
                List.of("role-badge", styleClass(role)));
    }
}
