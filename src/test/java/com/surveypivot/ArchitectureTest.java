package com.surveypivot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layers of docs/architecture.md: file → io → survey → analysis → notes / chart → ui / cli / export.
 * Each step uses only the steps before it; only chart and ui may touch JavaFX; only the command line (and the
 * Launcher) writes to the standard streams. Rules over packages that do not exist yet pass (allowEmptyShould).
 */
@AnalyzeClasses(packages = "com.surveypivot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String SURVEY = "com.surveypivot.survey..";
    private static final String IO = "com.surveypivot.io..";
    private static final String ANALYSIS = "com.surveypivot.analysis..";
    private static final String NOTES = "com.surveypivot.notes..";
    private static final String CHART = "com.surveypivot.chart..";
    private static final String EXPORT = "com.surveypivot.export..";
    private static final String PROJECT = "com.surveypivot.project..";
    private static final String WORKSPACE = "com.surveypivot.workspace..";
    private static final String FINDINGS = "com.surveypivot.findings..";
    private static final String I18N = "com.surveypivot.i18n..";
    private static final String SAMPLE = "com.surveypivot.sample..";
    private static final String TEXT = "com.surveypivot.text..";
    private static final String LAUNCH = "com.surveypivot.launch..";
    private static final String UI = "com.surveypivot.ui..";
    private static final String CLI = "com.surveypivot.cli..";
    private static final String LAUNCHER = "com\\.surveypivot\\.Launcher(\\$.*)?";
    /**
     * Console programs besides the CLI: the Launcher, the developer tool that regenerates the bundled sample, and the
     * build step that makes the window's class-data archive.
     */
    private static final String CONSOLE_PROGRAMS =
            "com\\.surveypivot\\.(Launcher|sample\\.SampleSurveyGenerator|launch\\.BuildTimeArchive)(\\$.*)?";

    @ArchTest
    static final ArchRule modelAndEngineNeverUseJavaFx = noClasses()
            .that().resideInAnyPackage(SURVEY, IO, ANALYSIS, NOTES, I18N, EXPORT, PROJECT, SAMPLE, WORKSPACE,
                    TEXT)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only chart and ui draw; the rest runs headless and is tested without a toolkit")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule textReadsTheSurveyOnly = noClasses()
            .that().resideInAPackage(TEXT)
            .should().dependOnClassesThat().resideInAnyPackage(IO, NOTES, CHART, UI, CLI, EXPORT, PROJECT)
            .because("free-text words are counted from the survey model, like the crosstabs")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule surveyIsTheBottom = noClasses()
            .that().resideInAPackage(SURVEY)
            .should().dependOnClassesThat().resideInAnyPackage(IO, ANALYSIS, NOTES, CHART, UI, CLI, EXPORT, PROJECT)
            .because("the survey model knows nothing of files, tables or screens")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule analysisKnowsNoFilesOrScreens = noClasses()
            .that().resideInAPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAnyPackage(IO, CHART, UI, CLI, EXPORT)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule workspaceStateIsBelowTheScreens = noClasses()
            .that().resideInAPackage(WORKSPACE)
            .should().dependOnClassesThat().resideInAnyPackage(IO, CHART, UI, CLI, EXPORT)
            .because("the workspace's state and commands are plain values a project file can store")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule ioOnlyBuildsSurveys = noClasses()
            .that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, NOTES, CHART, UI, CLI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule notesWorkOnTables = noClasses()
            .that().resideInAPackage(NOTES)
            .should().dependOnClassesThat().resideInAnyPackage(IO, CHART, UI, CLI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule findingsScanHeadless = noClasses()
            .that().resideInAPackage(FINDINGS)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", IO, CHART, UI, CLI, EXPORT)
            .because("the scan works on the survey model and the engine, headless")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule chartWorksOnTables = noClasses()
            .that().resideInAPackage(CHART)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, IO)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule exportIsBelowTheFrontEnds = noClasses()
            .that().resideInAPackage(EXPORT)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule i18nIsAFoundation = noClasses()
            .that().resideInAPackage(I18N)
            .should().dependOnClassesThat().resideInAnyPackage(
                    SURVEY, IO, ANALYSIS, NOTES, CHART, EXPORT, PROJECT, SAMPLE, UI, CLI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule launchRunsBeforeEverything = noClasses()
            .that().resideInAPackage(LAUNCH)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", SURVEY, IO, ANALYSIS, NOTES, CHART, EXPORT,
                    PROJECT, WORKSPACE, FINDINGS, I18N, SAMPLE, TEXT, UI, CLI, "com.surveypivot")
            .because("the fast start runs in the launcher JVM before anything else is loaded")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheLauncherStartsTheUi = noClasses()
            .that().resideOutsideOfPackage(UI)
            .and().haveNameNotMatching(LAUNCHER)
            .should().dependOnClassesThat().resideInAPackage(UI)
            .because("the window sits on top: nothing below it may call up into it")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToTheConsole = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .and().haveNameNotMatching(CONSOLE_PROGRAMS)
            .should(ACCESS_STANDARD_STREAMS)
            .because("errors reach the user as translated messages, never as console output or stack traces")
            .allowEmptyShould(true);
}
