package org.winnow.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * One entry of the navigation: a view of the open project. Views are built when first shown.
 *
 * @param available false for views that come with a later release (shown, disabled)
 */
public record Feature(
    String id, String title, KeyCombination shortcut, boolean available, Supplier<Node> view) {}
