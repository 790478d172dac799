package com.surveypivot.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar; every item does something real, through {@link MainView}'s actions. */
final class MainMenu extends MenuBar {

    MainMenu(MainView view, MainViewModel model) {
        UiText text = model.text();
        MenuItem open = item("menuOpen", "menu.file.open", text, view::openFile);
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem sample = item("menuOpenSample", "menu.file.sample", text, view::openSample);
        MenuItem save = item("menuSaveChart", "menu.file.saveChart", text, view::saveChartImage);
        BooleanBinding noChart = Bindings.createBooleanBinding(() -> model.chartPicture() == null,
                model.chartModelProperty(), model.map().modelProperty(), model.chartViewProperty());
        save.disableProperty().bind(noChart);
        MenuItem exit = item("menuExit", "menu.file.exit", text, view::exit);
        SheetChooser sheets = new SheetChooser(model);
        MenuItem sheet = item("menuChooseSheet", "menu.file.sheet", text, () -> {
            if (view.projectActions().mayLeave()) {
                sheets.choose(view.getScene().getWindow());
            }
        });
        sheet.disableProperty().bind(model.fileProperty().isNull().or(model.loadingProperty()));
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = menu("menuFile", "menu.file", text, open, DeskMenus.recent(view), sample, sheet,
                new SeparatorMenuItem(), save, new ExportMenu(view, model).menu(), new SeparatorMenuItem(), exit);
        file.getItems().addAll(file.getItems().indexOf(save), view.projectActions().menuItems());

        MenuItem copy = item("menuCopyChart", "menu.edit.copyChart", text, view::copyChart);
        copy.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        copy.disableProperty().bind(noChart);
        Menu edit = menu("menuEdit", "menu.edit", text, copy);
        QuestionEditActions edits = new QuestionEditActions(model, view::getScene);
        edit.getItems().addAll(0, edits.undoItems());
        edit.getItems().add(2, new SeparatorMenuItem());
        edit.getItems().add(new SeparatorMenuItem());
        edit.getItems().addAll(edits.questionItems("menu"));
        edit.getItems().addAll(new SeparatorMenuItem(), WeightingAction.menuItem(model, view::getScene));

        CheckMenuItem counts = new CheckMenuItem();
        counts.setId("menuShowCounts");
        counts.textProperty().bind(text.bind("menu.view.counts"));
        counts.selectedProperty().bindBidirectional(model.showCountsProperty());
        CheckMenuItem transpose = new CheckMenuItem();
        transpose.setId("menuTranspose");
        transpose.textProperty().bind(text.bind("menu.view.transpose"));
        transpose.selectedProperty().bindBidirectional(model.transposedProperty());
        CheckMenuItem caption = new CheckMenuItem();
        caption.setId("menuCaption");
        caption.textProperty().bind(text.bind("menu.view.caption"));
        caption.selectedProperty().bindBidirectional(model.captionUnderChartProperty());
        Menu viewMenu = menu("menuView", "menu.view", text, counts, transpose, new SeparatorMenuItem(), caption,
                OutlineMenu.showItem(view), new SeparatorMenuItem(), DeskMenus.layout(view), DeskMenus.theme(view));

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem japanese = language("menuJapanese", "日本語", Locale.JAPANESE, languages, model);
        RadioMenuItem english = language("menuEnglish", "English", Locale.ENGLISH, languages, model);
        Menu language = menu("menuLanguage", "menu.language", text, japanese, english);

        MenuItem about = item("menuAbout", "menu.help.about", text, view::showAbout);
        Menu help = menu("menuHelp", "menu.help", text, LogFolder.menuItem(view, text), about);
        getMenus().addAll(file, edit, viewMenu, OutlineMenu.menu(view), language, help);
    }

    private static MenuItem item(String id, String key, UiText text, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(text.bind(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Menu menu(String id, String key, UiText text, MenuItem... items) {
        Menu menu = new Menu();
        menu.setId(id);
        menu.textProperty().bind(Mnemonics.bind(text.bind(key), text.locale(), id.charAt("menu".length())));
        menu.getItems().addAll(items);
        return menu;
    }

    /** A language item, named in its own language so that it can be found whatever the current one is. */
    private static RadioMenuItem language(String id, String name, Locale locale, ToggleGroup group,
            MainViewModel model) {
        RadioMenuItem item = new RadioMenuItem(name);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(model.localeProperty().get().getLanguage().equals(locale.getLanguage()));
        item.setOnAction(e -> model.localeProperty().set(locale));
        model.localeProperty().addListener((obs, old, l) -> item.setSelected(l.getLanguage()
                .equals(locale.getLanguage())));
        return item;
    }
}
