package org.veil.service.hipaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hierarchy.build.DateBuilder;
import org.veil.engine.hierarchy.build.IntervalBuilder;
import org.veil.engine.hierarchy.build.MaskingBuilder;
import org.veil.engine.hipaa.Finding;
import org.veil.engine.hipaa.IdentifierKind;
import org.veil.engine.hipaa.SafeHarborScanner;
import org.veil.engine.hipaa.SuggestedFix;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.service.SampleData;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.SampleProject;
import org.veil.service.workspace.Workspace;

class SafeHarborServiceTest {

    private static final SafeHarborService SERVICE = new SafeHarborService(
            new SafeHarborScanner(SafeHarborScanner.DEFAULT_SAMPLE_SIZE, 2025));

    private static Workspace health;
    private static Workspace adult;

    @BeforeAll
    static void readTheSamples() throws Exception {
        health = read(SampleData.HEALTH);
        adult = read(SampleData.ADULT);
    }

    private static Workspace read(String sample) throws Exception {
        ImportService imports = new ImportService();
        InputSource source = SampleData.source(sample);
        Dataset data = imports.importDataset(new ImportRequest(source, imports.detect(source)), ProgressListener.NONE,
                CancellationToken.NONE).dataset();
        return Workspace.of(data, source.name(), source.path());
    }

    private static Map<String, Set<IdentifierKind>> kindsByColumn(SafeHarborReview review) {
        Map<String, Set<IdentifierKind>> kinds = new LinkedHashMap<>();
        for (String column : review.report().flaggedColumns()) {
            kinds.put(column, review.report().kinds(column));
        }
        return kinds;
    }

    private static Finding finding(SafeHarborReview review, String column, IdentifierKind kind) {
        return review.findings(column).stream().map(ReviewedFinding::finding).filter(f -> f.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + column));
    }

    @Test
    void flagsExactlyTheIdentifiersOfTheHealthSample() {
        SafeHarborReview review = SERVICE.scan(health);

        Map<String, Set<IdentifierKind>> expected = new LinkedHashMap<>();
        expected.put("name", Set.of(IdentifierKind.NAMES));
        expected.put("ssn", Set.of(IdentifierKind.SOCIAL_SECURITY));
        expected.put("email", Set.of(IdentifierKind.EMAIL));
        expected.put("phone", Set.of(IdentifierKind.TELEPHONE));
        expected.put("zip", Set.of(IdentifierKind.GEOGRAPHIC));
        expected.put("birth_date", Set.of(IdentifierKind.DATES));
        expected.put("admission_date", Set.of(IdentifierKind.DATES));
        assertEquals(expected, kindsByColumn(review), () -> String.join("\n",
                review.report().findings().stream().map(Finding::toString).toList()));
        for (String column : List.of("sex", "ethnicity", "diagnosis", "length_of_stay", "cost")) {
            assertEquals(List.of(), review.findings(column), column);
        }
    }

    @Test
    void aFreshWorkspaceNeedsActionOnEveryFinding() {
        SafeHarborReview review = SERVICE.scan(health);

        assertEquals(review.findings(), review.open());
        assertTrue(review.findings().stream().allMatch(f -> f.role() == AttributeRole.INSENSITIVE));
    }

    @Test
    void theHealthEvidenceIsSpecific() {
        SafeHarborReview review = SERVICE.scan(health);

        Finding email = finding(review, "email", IdentifierKind.EMAIL);
        assertEquals(List.of("column name matches 'email'", "100% of 1,000 sampled values look like e-mail addresses"),
                email.evidence());
        Finding zip = finding(review, "zip", IdentifierKind.GEOGRAPHIC);
        assertEquals(SuggestedFix.Action.GENERALIZE, zip.fix().action());
        assertEquals(2, zip.fix().safeLevel());
        Finding birth = finding(review, "birth_date", IdentifierKind.DATES);
        assertTrue(birth.evidence().stream().anyMatch(e -> e.contains("birth dates lie in 1935 or earlier")),
                birth::toString);
    }

    @Test
    void theSampleProjectRemovesOrGeneralizesAllButTheAdmissionDate() throws Exception {
        Workspace project = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);

        SafeHarborReview review = SERVICE.scan(project);

        Map<String, ReviewedFinding.Status> status = new LinkedHashMap<>();
        review.findings().forEach(f -> status.put(f.column(), f.status()));
        assertEquals(Map.of("name", ReviewedFinding.Status.REMOVED, "ssn", ReviewedFinding.Status.REMOVED,
                "email", ReviewedFinding.Status.REMOVED, "phone", ReviewedFinding.Status.REMOVED,
                "zip", ReviewedFinding.Status.GENERALIZED, "birth_date", ReviewedFinding.Status.GENERALIZED,
                "admission_date", ReviewedFinding.Status.OPEN), status);
        assertEquals(List.of("admission_date"), review.open().stream().map(ReviewedFinding::column).toList());
        assertEquals(AttributeRole.QUASI_IDENTIFYING, review.findings("zip").get(0).role());
    }

    @Test
    void flagsOnlyTheAgesOver89OfAdult() {
        SafeHarborReview review = SERVICE.scan(adult);

        assertEquals(Map.of("age", Set.of(IdentifierKind.DATES)), kindsByColumn(review));
        Finding age = finding(review, "age", IdentifierKind.DATES);
        assertTrue(age.evidence().stream()
                .anyMatch(e -> e.matches("[\\d,]+ records have ages over 89 \\(1 value, up to 90\\)")), age::toString);
        IntervalBuilder builder = assertInstanceOf(IntervalBuilder.class, age.fix().builder());
        assertEquals(90.0, builder.top());
    }

    @Test
    void removingMakesTheColumnIdentifying() throws HierarchyException {
        Finding name = finding(SERVICE.scan(health), "name", IdentifierKind.NAMES);

        Configuration fixed = SERVICE.fix(health, name);

        assertEquals(AttributeRole.IDENTIFYING, fixed.role("name"));
        assertEquals(AttributeRole.INSENSITIVE, fixed.role("ssn"));
        assertEquals(ReviewedFinding.Status.REMOVED,
                SERVICE.scan(health.withConfiguration(fixed)).findings("name").get(0).status());
    }

    @Test
    void generalizingZipCodesAssignsTheMaskingToThreeDigits() throws HierarchyException {
        Finding zip = finding(SERVICE.scan(health), "zip", IdentifierKind.GEOGRAPHIC);

        Configuration fixed = SafeHarborFix.apply(health, zip);

        assertEquals(AttributeRole.QUASI_IDENTIFYING, fixed.role("zip"));
        AssignedHierarchy assigned = fixed.hierarchy("zip");
        assertInstanceOf(MaskingBuilder.class, assigned.builder(), "no restricted prefix in New York City");
        assertEquals("112**", assigned.hierarchy().generalize("11201", 2));
        assertTrue(assigned.hierarchy().uncoveredValues(health.dataset().column("zip").dictionary()).isEmpty());
    }

    @Test
    void generalizingDatesAssignsTheYear() throws HierarchyException {
        Finding birth = finding(SERVICE.scan(health), "birth_date", IdentifierKind.DATES);

        Configuration fixed = SafeHarborFix.apply(health, birth);

        AssignedHierarchy assigned = fixed.hierarchy("birth_date");
        assertInstanceOf(DateBuilder.class, assigned.builder());
        assertEquals("2003", assigned.hierarchy().generalize("2003-04-06", 1));
        assertEquals(AttributeRole.QUASI_IDENTIFYING, fixed.role("birth_date"));
    }

    @Test
    void generalizingAgesTopCodesThemAt90() throws HierarchyException {
        Finding age = finding(SERVICE.scan(adult), "age", IdentifierKind.DATES);

        AssignedHierarchy assigned = SafeHarborFix.apply(adult, age).hierarchy("age");

        assertEquals("≥90", assigned.hierarchy().generalize("90", 1));
        assertEquals("[35, 40)", assigned.hierarchy().generalize("39", 1));
        assertEquals("Intervals of 5 from 0, then ×2, ×2; top-coded ≥90", assigned.source());
    }

    @Test
    void restrictedZipPrefixesBecome000InAHierarchyNoBuilderMakes() throws HierarchyException {
        DatasetBuilder builder = new DatasetBuilder(List.of("zip"), 4);
        for (String zip : List.of("03601", "10001", "89012", "11201")) {
            builder.addRow(zip);
        }
        Workspace workspace = Workspace.of(builder.build(), "zips", null);
        Finding zip = finding(SERVICE.scan(workspace), "zip", IdentifierKind.GEOGRAPHIC);
        assertTrue(zip.evidence().contains("values start with the restricted prefixes 036, 890, which must become 000"),
                zip::toString);

        AssignedHierarchy assigned = SafeHarborFix.apply(workspace, zip).hierarchy("zip");

        assertNull(assigned.builder());
        assertEquals("Masking from the right, padding '0'; restricted ZIP prefixes → 000", assigned.source());
        assertEquals("000**", assigned.hierarchy().generalize("03601", 2));
        assertEquals("000**", assigned.hierarchy().generalize("89012", 2));
        assertEquals("100**", assigned.hierarchy().generalize("10001", 2));
    }

    @Test
    void fixingEverythingLeavesNothingOpen() throws HierarchyException {
        Configuration fixed = SERVICE.fixAll(health);

        SafeHarborReview after = SERVICE.scan(health.withConfiguration(fixed));
        assertTrue(after.allHandled(), () -> after.open().toString());
        assertEquals(Set.of("name", "ssn", "email", "phone"), fixed.identifiers());
        assertEquals(List.of("zip", "birth_date", "admission_date"), fixed.columns(AttributeRole.QUASI_IDENTIFYING));
        assertNotNull(fixed.hierarchy("admission_date"));
        assertEquals(AttributeRole.INSENSITIVE, fixed.role("diagnosis"));
    }

    @Test
    void fixingAColumnThatIsGoneIsRefused() {
        Finding name = finding(SERVICE.scan(health), "name", IdentifierKind.NAMES);
        Workspace other = adult;

        assertThrows(IllegalArgumentException.class, () -> SafeHarborFix.apply(other, name));
    }

    @Test
    void aFixDoesNotTouchTheRestOfTheConfiguration() throws Exception {
        Workspace project = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        Finding admission = finding(SERVICE.scan(project), "admission_date", IdentifierKind.DATES);

        Configuration fixed = SERVICE.fix(project, admission);

        assertEquals(project.configuration().models(), fixed.models());
        assertEquals(project.configuration().suppressionLimit(), fixed.suppressionLimit());
        assertSame(project.configuration().hierarchy("zip"), fixed.hierarchy("zip"));
        assertEquals(AttributeRole.QUASI_IDENTIFYING, fixed.role("admission_date"));
    }
}
