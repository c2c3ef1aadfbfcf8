package org.veil.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} for tests: answers file choosers from a script and records messages. */
public final class ScriptedDialogService implements DialogService {

    /** A message the ViewModel showed. */
    public record Message(String kind, String title, String text) {
    }

    /** A save-options dialog the ViewModel showed: how "Include the data" started. */
    public record SaveQuestion(String title, boolean embedData, boolean dataHasFile) {
    }

    private final Deque<Path> filesToChoose = new ArrayDeque<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Optional<String>> passwords = new ArrayDeque<>();
    private final List<char[]> passwordsGiven = new ArrayList<>();
    private final Deque<Boolean> embedChoices = new ArrayDeque<>();
    private final List<SaveQuestion> saveQuestions = new ArrayList<>();
    private final List<Message> messages = new ArrayList<>();

    /** The next open or save dialog answers with this file. */
    public ScriptedDialogService choose(Path file) {
        filesToChoose.add(file);
        return this;
    }

    /** The next password or save-options dialog answers with this password ("" for none). */
    public ScriptedDialogService password(String password) {
        passwords.add(Optional.of(password));
        return this;
    }

    /**
     * The next password or save-options dialog is cancelled. Unscripted ones are cancelled when they
     * ask for an existing password and answer "" (no protection) when they ask for a new one.
     */
    public ScriptedDialogService cancelPassword() {
        passwords.add(Optional.empty());
        return this;
    }

    /** The arrays handed out by password dialogs, to check that they were wiped. */
    public List<char[]> passwordsGiven() {
        return passwordsGiven;
    }

    @Override
    public Optional<char[]> askPassword(String title, String message, boolean confirm) {
        messages.add(new Message(confirm ? "new-password" : "password", title, message));
        Optional<String> answer = passwords.poll();
        if (answer == null) {
            answer = confirm ? Optional.of("") : Optional.empty();
        }
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        char[] password = answer.get().toCharArray();
        passwordsGiven.add(password);
        return Optional.of(password);
    }

    /**
     * The next save-options dialog ticks (true) or clears "Include the data in the project file";
     * unscripted ones leave the box as it started. As in the real dialog, data without a file of its
     * own is included whatever this says.
     */
    public ScriptedDialogService embedData(boolean embed) {
        embedChoices.add(embed);
        return this;
    }

    /** The save-options dialogs shown, oldest first. */
    public List<SaveQuestion> saveQuestions() {
        return saveQuestions;
    }

    @Override
    public Optional<SaveOptions> askSaveOptions(String title, boolean embedData, boolean dataHasFile) {
        messages.add(new Message("save-options", title, ""));
        saveQuestions.add(new SaveQuestion(title, embedData, dataHasFile));
        Optional<String> answer = passwords.poll();
        Boolean embed = embedChoices.poll();
        if (answer == null) {
            answer = Optional.of("");
        }
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        char[] password = answer.get().toCharArray();
        passwordsGiven.add(password);
        return Optional.of(new SaveOptions(password, !dataHasFile || (embed == null ? embedData : embed)));
    }

    /** The next confirmation answers so (unscripted confirmations go ahead). */
    public ScriptedDialogService answer(boolean confirm) {
        confirmations.add(confirm);
        return this;
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        messages.add(new Message("confirm", title, message));
        Boolean answer = confirmations.poll();
        return answer == null || answer;
    }

    public List<Message> messages() {
        return messages;
    }

    public List<Message> errors() {
        return messages.stream().filter(m -> m.kind().equals("error")).toList();
    }

    public List<Message> warnings() {
        return messages.stream().filter(m -> m.kind().equals("warning")).toList();
    }

    @Override
    public void showError(String title, String message) {
        messages.add(new Message("error", title, message));
    }

    @Override
    public void showWarning(String title, String message) {
        messages.add(new Message("warning", title, message));
    }

    @Override
    public Optional<Path> showOpenDialog(String title, List<FileFilter> filters) {
        return Optional.ofNullable(filesToChoose.poll());
    }

    @Override
    public Optional<Path> showSaveDialog(String title, String suggestedName, List<FileFilter> filters) {
        return Optional.ofNullable(filesToChoose.poll());
    }
}
