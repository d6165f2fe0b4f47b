package eu.aimarket.catalog.sovereignty;

import static eu.aimarket.catalog.DeploymentModel.AIR_GAPPED;
import static eu.aimarket.catalog.DeploymentModel.DEDICATED_CLOUD;
import static eu.aimarket.catalog.DeploymentModel.ON_PREMISES;
import static eu.aimarket.catalog.DeploymentModel.SAAS;
import static eu.aimarket.catalog.ExtraterritorialLaw.US_CLOUD_ACT;
import static eu.aimarket.catalog.ExtraterritorialLaw.US_FISA_702;
import static eu.aimarket.catalog.sovereignty.Objective.SOV_1;
import static eu.aimarket.catalog.sovereignty.Objective.SOV_2;
import static eu.aimarket.catalog.sovereignty.Objective.SOV_3;
import static eu.aimarket.catalog.sovereignty.Objective.SOV_4;
import static eu.aimarket.catalog.sovereignty.Objective.SOV_5;
import static eu.aimarket.catalog.sovereignty.Objective.SOV_6;
import static eu.aimarket.catalog.sovereignty.Objective.SOV_7;
import static eu.aimarket.catalog.sovereignty.Objective.SOV_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.ExtraterritorialLaw;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment.ObjectiveAssessment;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SEAL rules of {@link SovereigntyAssessor}, objective by objective, and the score. */
class SovereigntyAssessorTest {

  @Nested
  class Strategic {

    @Test
    void strategicIsZeroWhenControlledFromAJurisdictionWithExtraterritorialLaws() {
      // On-premises and open weights (the defaults) do not lift it: the weakest factor wins.
      assertLevel(
          facts().withControl("US").withLaws(US_CLOUD_ACT),
          SOV_1,
          0,
          "Controlled from United States",
          "can order a stop or a disclosure");
    }

    @Test
    void strategicIsOneWhenControlledFromOutsideTheEeaWithoutExtraterritorialLaws() {
      assertLevel(
          facts().withControl("CH"), SOV_1, 1, "Controlled from outside the EEA (Switzerland)");
    }

    @Test
    void strategicIsOneWhenHeadquarteredOutsideTheEeaThoughControlledInIt() {
      assertLevel(
          facts().withHeadquarters("GB").withControl("DE"),
          SOV_1,
          1,
          "Headquartered outside the EEA (United Kingdom)");
    }

    @Test
    void strategicIsTwoWhenNonEuOwnershipExceeds39Percent() {
      assertLevel(
          facts().withNonEuOwnership(40), SOV_1, 2, "40 % non-EU ownership (more than 39 %");
    }

    @Test
    void strategicAllows39PercentNonEuOwnershipWithoutCap() {
      assertLevel(facts().withNonEuOwnership(39), SOV_1, 4, "non-EU ownership 39 %");
    }

    @Test
    void strategicIsThreeWhenControlledInTheEeaButTheCustomerCannotRunItWithoutTheVendor() {
      assertLevel(
          facts().withDeployment(SAAS, DEDICATED_CLOUD).withClosedWeights("Proprietary"),
          SOV_1,
          3,
          "Headquarters and control in the EEA (Germany)",
          "No on-premises or open-weights path");
    }

    @Test
    void strategicIsFourWhenTheCustomerCanRunItOnPremises() {
      assertLevel(
          facts().withDeployment(ON_PREMISES).withClosedWeights("Proprietary"),
          SOV_1,
          4,
          "without the vendor (on-premises deployment)");
    }

    @Test
    void strategicIsFourWhenTheWeightsAreOpenEvenAsSaas() {
      assertLevel(
          facts().withDeployment(SAAS).withOpenWeights(true),
          SOV_1,
          4,
          "without the vendor (open weights)");
    }

    @Test
    void strategicIsFourWhenTheSoftwareIsUnderAnOpenLicence() {
      assertLevel(
          facts().withDeployment(SAAS).withClosedWeights("MIT"),
          SOV_1,
          4,
          "without the vendor (open source)");
    }

    @Test
    void strategicCountsIcelandLiechtensteinAndNorwayAsEea() {
      assertLevel(facts().withHeadquarters("NO").withControl("IS"), SOV_1, 4);
      assertLevel(facts().withHeadquarters("LI").withControl("LI"), SOV_1, 4);
    }
  }

  @Nested
  class Legal {

    @Test
    void legalIsZeroWhenGovernedFromOutsideTheEeaAndSubjectToExtraterritorialLaws() {
      assertLevel(
          facts().withHeadquarters("US").withControl("US").withLaws(US_CLOUD_ACT, US_FISA_702),
          SOV_2,
          0,
          "Governed from outside the EEA and subject to US CLOUD Act, US FISA Section 702");
    }

    @Test
    void legalIsOneWhenAnEeaHeadquarteredSupplierIsSubjectToExtraterritorialLaws() {
      assertLevel(
          facts().withLaws(US_CLOUD_ACT),
          SOV_2,
          1,
          "EU law applies, but US CLOUD Act can compel access");
    }

    @Test
    void legalIsOneOutsideTheEeaInACountryWithAGdprAdequacyDecision() {
      assertLevel(
          facts().withHeadquarters("CH").withControl("CH"),
          SOV_2,
          1,
          "with a GDPR adequacy decision");
    }

    @Test
    void legalIsZeroOutsideTheEeaWithoutAGdprAdequacyDecision() {
      assertLevel(
          facts().withHeadquarters("IN").withControl("IN"),
          SOV_2,
          0,
          "without a GDPR adequacy decision");
    }

    @Test
    void legalIsOneForAnEeaSubsidiaryControlledFromOutsideWhetherOrNotALawIsDeclared() {
      // Declaring the foreign law must not score lower than keeping quiet about it.
      assertLevel(
          facts().withHeadquarters("DE").withControl("IN"), SOV_2, 1, "control sits in India");
      assertLevel(
          facts()
              .withHeadquarters("DE")
              .withControl("US")
              .withLaws(ExtraterritorialLaw.US_CLOUD_ACT),
          SOV_2,
          1,
          "can compel access");
    }

    @Test
    void legalIsZeroWhenHeadquartersSitOutsideTheEeaWithoutAGdprAdequacyDecision() {
      assertLevel(
          facts().withHeadquarters("SG").withControl("DE"),
          SOV_2,
          0,
          "without a GDPR adequacy decision");
    }

    @Test
    void legalIsTwoWhenNonEuShareholdersHoldMoreThan39Percent() {
      assertLevel(facts().withNonEuOwnership(40), SOV_2, 2, "Non-EU shareholders hold 40 %");
    }

    @ParameterizedTest
    @ValueSource(ints = {25, 39})
    void legalIsThreeWhenNonEuShareholdersHoldMoreThan24UpTo39Percent(int percent) {
      assertLevel(
          facts().withNonEuOwnership(percent),
          SOV_2,
          3,
          "Non-EU shareholders hold " + percent + " % (more than 24 %)");
    }

    @Test
    void legalIsFourUnderEuJurisdictionOnlyWith24PercentNonEuOwnership() {
      assertLevel(
          facts().withNonEuOwnership(24),
          SOV_2,
          4,
          "EU jurisdiction only; no known extraterritorial exposure");
    }
  }

  @Nested
  class DataAndAi {

    @Test
    void dataAndAiIsFourOnPremisesWithOpenWeightsAndEeaData() {
      assertLevel(
          facts(),
          SOV_3,
          4,
          "Runs only on the customer's premises",
          "the customer holds keys, data and model");
    }

    @Test
    void dataAndAiIgnoresDataLocationsWhenItRunsOnlyAtTheCustomer() {
      assertLevel(
          facts().withDeployment(AIR_GAPPED, ON_PREMISES).withDataIn().withProcessingIn("US"),
          SOV_3,
          4,
          "data stays where the customer puts it");
    }

    @Test
    void dataAndAiIsZeroWhenAHostedOfferingDeclaresNoDataLocation() {
      assertLevel(
          facts().withDeployment(SAAS, ON_PREMISES).withDataIn().withProcessingIn(),
          SOV_3,
          0,
          "No data location declared");
    }

    @Test
    void dataAndAiIsZeroWhenDataIsProcessedOutsideTheEeaWithoutAdequacy() {
      // Stored in Germany, but processed in the US: storage and processing count together.
      assertLevel(
          facts().withDeployment(SAAS, ON_PREMISES).withDataIn("DE").withProcessingIn("US"),
          SOV_3,
          0,
          "Data stored or processed outside the EEA (US)");
    }

    @Test
    void dataAndAiIsOneWhenDataAlsoGoesToACountryWithAnAdequacyDecision() {
      assertLevel(
          facts().withDeployment(SAAS, ON_PREMISES).withDataIn("DE", "CH"),
          SOV_3,
          1,
          "Data also outside the EEA (CH, adequacy decision)");
    }

    @Test
    void dataAndAiIsOneWhenAForeignAuthorityCanCompelAccessToAHostedService() {
      assertLevel(
          facts().withDeployment(SAAS, DEDICATED_CLOUD).withLaws(US_CLOUD_ACT),
          SOV_3,
          1,
          "A foreign authority can compel access under US CLOUD Act");
    }

    @Test
    void dataAndAiIsTwoWhenTheVendorIsExposedButTheCustomerCanRunItOnPremises() {
      assertLevel(
          facts().withDeployment(SAAS, ON_PREMISES).withLaws(US_CLOUD_ACT),
          SOV_3,
          2,
          "on-premises operation limits its access");
    }

    @Test
    void dataAndAiIsTwoForMultiTenantSaasOnlyInTheEea() {
      assertLevel(
          facts().withDeployment(SAAS).withDataIn("DE", "FR"),
          SOV_3,
          2,
          "Data stored and processed in the EEA only (DE, FR)",
          "Multi-tenant SaaS only");
    }

    @Test
    void dataAndAiIsThreeForADedicatedCloudWithoutOnPremisesOption() {
      assertLevel(
          facts().withDeployment(SAAS, DEDICATED_CLOUD),
          SOV_3,
          3,
          "Dedicated deployment available, but not on the customer's premises");
    }

    @ParameterizedTest
    @EnumSource(
        value = Category.class,
        names = {"LLM_API", "HOSTED_OPEN_MODEL", "SPEECH", "VISION"})
    void dataAndAiIsThreeOnPremisesWhenTheModelWeightsStayClosed(Category category) {
      assertLevel(
          facts()
              .withCategory(category)
              .withDeployment(SAAS, ON_PREMISES)
              .withClosedWeights("Proprietary"),
          SOV_3,
          3,
          "the model weights stay closed");
    }

    @ParameterizedTest
    @EnumSource(
        value = Category.class,
        names = {"AI_PLATFORM", "GPU_COMPUTE", "AI_CHIP", "PROFESSIONAL_SERVICES"})
    void dataAndAiIsFourOnPremisesWithClosedCodeWhenTheProductIsNotAModel(Category category) {
      assertLevel(
          facts()
              .withCategory(category)
              .withDeployment(SAAS, ON_PREMISES)
              .withClosedWeights("Proprietary"),
          SOV_3,
          4,
          "On-premises or air-gapped");
    }
  }

  @Nested
  class Operational {

    @Test
    void operationalIsFourWithEeaSupportFullEuPresenceAndNoLockIn() {
      assertLevel(
          facts().withSupportIn("DE", "NO"),
          SOV_4,
          4,
          "Support delivered from the EEA (DE, NO)",
          "Staff and operations in the EU",
          "Migration without lock-in (open weights, on-premises deployment)");
    }

    @Test
    void operationalIsZeroWithoutADeclaredSupportLocation() {
      assertLevel(facts().withSupportIn(), SOV_4, 0, "No support location declared");
    }

    @Test
    void operationalIsTwoWhenSupportIsPartlyOutsideTheEea() {
      assertLevel(
          facts().withSupportIn("DE", "US"),
          SOV_4,
          2,
          "Support partly from outside the EEA (DE, US)");
    }

    @Test
    void operationalIsOneWhenSupportComesOnlyFromCountriesWithAdequacyDecisions() {
      assertLevel(
          facts().withSupportIn("GB", "CH"),
          SOV_4,
          1,
          "Support only from outside the EEA (CH, GB)");
    }

    @Test
    void operationalIsZeroWhenSupportComesOnlyFromCountriesWithoutAdequacy() {
      assertLevel(facts().withSupportIn("GB", "US"), SOV_4, 0, "Support only from outside the EEA");
    }

    @Test
    void operationalIsTwoWithOnlyPartialEuPresence() {
      assertLevel(
          facts().withEuPresence(EuPresence.PARTIAL),
          SOV_4,
          2,
          "Only part of the staff and operations are in the EU");
    }

    @Test
    void operationalIsZeroWithoutEuPresence() {
      assertLevel(
          facts().withEuPresence(EuPresence.NONE), SOV_4, 0, "No staff or operations in the EU");
    }

    @Test
    void operationalTreatsUndeclaredEuPresenceAsNone() {
      assertLevel(facts().withEuPresence(null), SOV_4, 0, "No staff or operations in the EU");
    }

    @Test
    void operationalIsThreeForAClosedDedicatedCloud() {
      assertLevel(
          facts().withDeployment(SAAS, DEDICATED_CLOUD).withClosedWeights("Proprietary"),
          SOV_4,
          3,
          "Dedicated cloud, but closed");
    }

    @Test
    void operationalIsTwoForClosedSaas() {
      assertLevel(
          facts().withDeployment(SAAS).withClosedWeights("Proprietary"),
          SOV_4,
          2,
          "Closed SaaS: switching means re-integration");
    }

    @Test
    void operationalAvoidsLockInThroughAnOpenLicenceAlone() {
      assertLevel(
          facts().withDeployment(SAAS).withClosedWeights("EUPL-1.2"),
          SOV_4,
          4,
          "Migration without lock-in (open source)");
    }

    @Test
    void operationalAvoidsLockInThroughOnPremisesAlone() {
      assertLevel(
          facts().withDeployment(ON_PREMISES).withClosedWeights("Proprietary"),
          SOV_4,
          4,
          "Migration without lock-in (on-premises deployment)");
    }
  }

  @Nested
  class SupplyChain {

    @Test
    void supplyChainIsFourForAnEeaControlledSupplierOnEeaHardware() {
      assertLevel(facts().withHardwareFrom("NL"), SOV_5, 4, "Hardware from an EEA vendor");
    }

    @Test
    void supplyChainIsZeroWhenTheSupplierIsControlledUnderExtraterritorialLaws() {
      assertLevel(
          facts().withControl("US").withLaws(US_FISA_702),
          SOV_5,
          0,
          "The supplier itself is a non-EU dependency subject to US FISA Section 702");
    }

    @Test
    void supplyChainIsOneWhenTheSupplierIsControlledFromOutsideTheEea() {
      assertLevel(
          facts().withControl("CH"), SOV_5, 1, "The supplier is controlled from Switzerland");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void supplyChainIsOneWhenTheHardwareOriginIsNotDisclosed(String hardware) {
      assertLevel(
          facts().withHardwareFrom(hardware), SOV_5, 1, "Origin of the hardware not disclosed");
    }

    @Test
    void supplyChainIsThreeForHardwareFromACountryWithAnAdequacyDecision() {
      assertLevel(
          facts().withHardwareFrom("JP"),
          SOV_5,
          3,
          "Hardware from a vendor in Japan (adequacy decision)");
    }

    @Test
    void supplyChainIsTwoForMaterialDependencyOnHardwareFromElsewhere() {
      assertLevel(
          facts().withHardwareFrom("US"),
          SOV_5,
          2,
          "Material dependency on hardware from United States");
    }

    @Test
    void supplyChainKeepsTheWeakestOfSupplierControlAndHardware() {
      // Control from Switzerland caps at 1, US hardware at 2: 1 wins, and both causes are named.
      assertLevel(
          facts().withControl("CH").withHardwareFrom("US"),
          SOV_5,
          1,
          "controlled from Switzerland",
          "Material dependency on hardware");
      assertLevel(
          facts().withControl("DE").withHardwareFrom(null),
          SOV_5,
          1,
          "Origin of the hardware not disclosed");
    }
  }

  @Nested
  class Technology {

    @Test
    void technologyIsFourForOpenWeightsUnderAnOpenLicenceOnEeaCompute() {
      assertLevel(
          facts().withOpenWeights(true).withLicence("Apache-2.0").withHardwareFrom("FR"),
          SOV_6,
          4,
          "Open weights under Apache-2.0",
          "Compute on EEA-designed processors (France)");
    }

    @Test
    void technologyIsFourForOpenSourceWithoutWeights() {
      assertLevel(
          facts().withDeployment(SAAS).withClosedWeights("AGPL-3.0-only"),
          SOV_6,
          4,
          "Open source under AGPL-3.0-only");
    }

    @Test
    void technologyIsThreeForOpenWeightsUnderARestrictiveLicence() {
      assertLevel(
          facts().withOpenWeights(true).withLicence("Llama-3.1-Community"),
          SOV_6,
          3,
          "Open weights under a restrictive licence (Llama-3.1-Community)");
    }

    @Test
    void technologyIsThreeForOpenWeightsWithoutAStatedLicence() {
      assertLevel(
          facts().withOpenWeights(true).withLicence(null),
          SOV_6,
          3,
          "restrictive licence (unspecified)");
    }

    @Test
    void technologyIsTwoForClosedTechnologyThatRunsOnPremises() {
      assertLevel(
          facts().withDeployment(SAAS, AIR_GAPPED).withClosedWeights("Proprietary"),
          SOV_6,
          2,
          "Closed technology, but it can run on the customer's premises");
    }

    @Test
    void technologyIsOneForClosedTechnologyReachableOnlyThroughTheVendor() {
      assertLevel(
          facts().withDeployment(SAAS, DEDICATED_CLOUD).withClosedWeights("Proprietary"),
          SOV_6,
          1,
          "reachable only through the vendor's service");
    }

    @Test
    void technologyIsCappedAtThreeByNonEeaCompute() {
      assertLevel(
          facts().withHardwareFrom("US"),
          SOV_6,
          3,
          "Open weights under Apache-2.0",
          "Compute depends on non-EEA (United States) processors or accelerators");
    }

    @Test
    void technologyIsCappedAtThreeByUndisclosedCompute() {
      assertLevel(
          facts().withHardwareFrom(null),
          SOV_6,
          3,
          "Compute depends on undisclosed processors or accelerators");
    }

    @Test
    void technologyKeepsTheLowerOfLicenceAndComputeLevels() {
      // Closed SaaS (1) on US hardware (3): still 1.
      assertLevel(
          facts().withDeployment(SAAS).withClosedWeights("Proprietary").withHardwareFrom("US"),
          SOV_6,
          1,
          "reachable only through the vendor's service",
          "non-EEA (United States)");
    }
  }

  @Nested
  class SecurityAndCompliance {

    @ParameterizedTest
    @EnumSource(
        value = Certification.class,
        names = {"SECNUMCLOUD", "EUCS_HIGH", "GAIAX_LABEL_3"})
    void securityIsFourWithAHighestAssuranceQualification(Certification cert) {
      assertLevel(
          facts().withCertifications(cert),
          SOV_7,
          4,
          "Highest-assurance qualification: " + cert.label());
    }

    @ParameterizedTest
    @EnumSource(
        value = Certification.class,
        names = {"BSI_C5", "EUCS_SUBSTANTIAL", "GAIAX_LABEL_2"})
    void securityIsThreeWithASubstantialAssuranceCertification(Certification cert) {
      assertLevel(
          facts().withCertifications(cert), SOV_7, 3, "Substantial assurance: " + cert.label());
    }

    @ParameterizedTest
    @EnumSource(
        value = Certification.class,
        names = {"ISO_27001", "EUCS_BASIC", "GAIAX_LABEL_1"})
    void securityIsTwoWithABaselineCertification(Certification cert) {
      assertLevel(
          facts().withCertifications(cert),
          SOV_7,
          2,
          "Baseline security certification: " + cert.label());
    }

    @ParameterizedTest
    @EnumSource(
        value = Certification.class,
        names = {"SOC_2", "ISO_42001", "GAIAX_STANDARD_COMPLIANCE"})
    void securityIsOneWithOnlyNonEuOrManagementSystemAttestations(Certification cert) {
      assertLevel(
          facts().withCertifications(cert),
          SOV_7,
          1,
          "Only non-EU or management-system attestations: " + cert.label());
    }

    @Test
    void securityIsZeroWithoutAnyCertification() {
      assertLevel(facts().withCertifications(), SOV_7, 0, "No security certification declared");
    }

    @Test
    void securityCountsTheStrongestCertificationHeld() {
      assertLevel(
          facts().withCertifications(Certification.SOC_2, Certification.BSI_C5),
          SOV_7,
          3,
          "Substantial assurance: BSI C5 attestation, SOC 2");
    }

    @Test
    void securityIsCappedAtTwoWhenOperationsFallUnderExtraterritorialLaws() {
      assertLevel(
          facts().withCertifications(Certification.SECNUMCLOUD).withLaws(US_CLOUD_ACT),
          SOV_7,
          2,
          "Highest-assurance qualification",
          "Security operations fall under US CLOUD Act");
    }
  }

  @Nested
  class Environmental {

    @Test
    void environmentalIsZeroWithoutAnyDisclosure() {
      assertLevel(facts().withEnergy(null, null), SOV_8, 0, "No energy or efficiency disclosure");
    }

    @Test
    void environmentalIsOneWhenOnlyThePueIsDisclosed() {
      assertLevel(
          facts().withEnergy(null, "1.1"),
          SOV_8,
          1,
          "Efficiency disclosed (PUE 1.1), renewable share not disclosed");
    }

    @Test
    void environmentalIsOneBelowHalfRenewableEnergy() {
      assertLevel(facts().withEnergy(49, "1.1"), SOV_8, 1, "Renewable energy 49 % (below 50 %)");
    }

    @Test
    void environmentalIsTwoFromHalfRenewableEnergyWithoutADisclosedPue() {
      assertLevel(
          facts().withEnergy(50, null), SOV_8, 2, "Renewable energy 50 %, PUE not disclosed");
    }

    @ParameterizedTest
    @CsvSource({"89, 1.4", "100, 1.41", "50, 1.0"})
    void environmentalIsTwoBelow90PercentRenewableOrAbovePue14(int renewable, String pue) {
      assertLevel(
          facts().withEnergy(renewable, pue),
          SOV_8,
          2,
          "Renewable energy " + renewable + " %, PUE " + pue);
    }

    @ParameterizedTest
    @CsvSource({"90, 1.4", "98, 1.2", "100, 1.21"})
    void environmentalIsThreeFrom90PercentRenewableAtPueUpTo14(int renewable, String pue) {
      assertLevel(
          facts().withEnergy(renewable, pue),
          SOV_8,
          3,
          "Renewable energy " + renewable + " % and PUE " + pue);
    }

    @ParameterizedTest
    @CsvSource({"99, 1.2", "100, 1.05", "99, 1.20"})
    void environmentalIsFourFrom99PercentRenewableAtPueUpTo12(int renewable, String pue) {
      assertLevel(
          facts().withEnergy(renewable, pue),
          SOV_8,
          4,
          "Renewable energy " + renewable + " % and PUE " + pue);
    }
  }

  @Nested
  class Score {

    @Test
    void fullySovereignOfferingScoresExactly100WhenEveryClaimIsVerified() {
      SovereigntyAssessment assessment = facts().assess();

      assertEquals(100.0, assessment.score());
      assertEquals(4, assessment.overallSeal());
      assertTrue(assessment.fullyVerified());
      for (ObjectiveAssessment objective : assessment.objectives()) {
        assertEquals(4, objective.seal(), objective.id());
        assertEquals(4.0, objective.points(), objective.id());
        assertTrue(objective.verified(), objective.id());
        assertTrue(objective.unverifiedClaims().isEmpty(), objective.id());
        assertTrue(
            objective.reasons().stream().noneMatch(r -> r.contains("unverified")),
            objective.id() + " " + objective.reasons());
      }
    }

    @Test
    void fullySovereignOfferingScoresExactly75WhenNothingIsVerified() {
      SovereigntyAssessment assessment = facts().withVerified().assess();

      // Every objective is at SEAL 4 but counts 0.75: 0.75 x (15+10+10+15+20+15+10+5) = 75.0.
      assertEquals(75.0, assessment.score());
      assertEquals(4, assessment.overallSeal(), "confidence does not change the SEAL level");
      assertFalse(assessment.fullyVerified());
      for (Objective objective : Objective.values()) {
        ObjectiveAssessment result = assessment.objective(objective);
        assertEquals(3.0, result.points(), objective.id());
        assertFalse(result.verified(), objective.id());
        assertEquals(objective.basedOn(), result.unverifiedClaims(), objective.id());
        assertHasReason(result, "counts 75 % of a verified level");
      }
    }

    @Test
    void mixedOfferingScoresAsComputedByHand() {
      SovereigntyAssessment assessment =
          facts()
              .withDeployment(SAAS)
              .withClosedWeights("Proprietary")
              .withHardwareFrom("US")
              .withCertifications(Certification.ISO_27001)
              .withEnergy(60, null)
              .withVerified(
                  ClaimAttribute.HEADQUARTERS,
                  ClaimAttribute.CONTROL,
                  ClaimAttribute.EXTRATERRITORIAL_LAWS,
                  ClaimAttribute.DATA_LOCATION,
                  ClaimAttribute.CERTIFICATIONS,
                  ClaimAttribute.ENVIRONMENT)
              .assess();

      // objective  SEAL  verified?                          points          x weight / 4
      // SOV-1      3     no (DEPLOYMENT, OPEN_WEIGHTS)      3 x 0.75 = 2.25 x 15 / 4 = 8.4375
      // SOV-2      4     yes                                4               x 10 / 4 = 10
      // SOV-3      2     no (DEPLOYMENT, OPEN_WEIGHTS)      2 x 0.75 = 1.5  x 10 / 4 = 3.75
      // SOV-4      2     no (SUPPORT_LOCATION, ...)         2 x 0.75 = 1.5  x 15 / 4 = 5.625
      // SOV-5      2     no (HARDWARE_ORIGIN)               2 x 0.75 = 1.5  x 20 / 4 = 7.5
      // SOV-6      1     no (OPEN_WEIGHTS, ...)             1 x 0.75 = 0.75 x 15 / 4 = 2.8125
      // SOV-7      2     yes                                2               x 10 / 4 = 5
      // SOV-8      2     yes                                2               x  5 / 4 = 2.5
      // sum = 45.625, rounded to one decimal (half up) = 45.6
      assertSeals(assessment, 3, 4, 2, 2, 2, 1, 2, 2);
      assertPoints(assessment, 2.25, 4.0, 1.5, 1.5, 1.5, 0.75, 2.0, 2.0);
      assertEquals(45.6, assessment.score());
      assertEquals(1, assessment.overallSeal());
      assertFalse(assessment.fullyVerified());
      assertEquals(
          List.of(ClaimAttribute.DEPLOYMENT, ClaimAttribute.OPEN_WEIGHTS),
          assessment.objective(SOV_1).unverifiedClaims());
      assertHasReason(
          assessment.objective(SOV_1),
          "Rests partly on declared, unverified claims (Deployment models, Open weights and"
              + " licence)");
    }

    @ParameterizedTest
    @CsvSource({
      // unverified claim, expected score  // objectives resting on it: 100 - 0.25 x their weights
      "HEADQUARTERS,          93.8", // SOV-1, SOV-2: 100 - 0.25 x 25 = 93.75
      "CONTROL,               88.8", // SOV-1, SOV-2, SOV-5: 100 - 0.25 x 45 = 88.75
      "EXTRATERRITORIAL_LAWS, 87.5", // SOV-2, SOV-3, SOV-5, SOV-7: 100 - 0.25 x 50
      "EU_PRESENCE,           96.3", // SOV-4: 100 - 0.25 x 15 = 96.25
      "DATA_LOCATION,         97.5", // SOV-3: 100 - 0.25 x 10
      "SUPPORT_LOCATION,      96.3", // SOV-4: 96.25
      "DEPLOYMENT,            86.3", // SOV-1, SOV-3, SOV-4, SOV-6: 100 - 0.25 x 55 = 86.25
      "OPEN_WEIGHTS,          86.3", // SOV-1, SOV-3, SOV-4, SOV-6: 86.25
      "CERTIFICATIONS,        97.5", // SOV-7: 100 - 0.25 x 10
      "HARDWARE_ORIGIN,       91.3", // SOV-5, SOV-6: 100 - 0.25 x 35 = 91.25
      "ENVIRONMENT,           98.8", // SOV-8: 100 - 0.25 x 5 = 98.75
    })
    void oneUnverifiedClaimDiscountsExactlyTheObjectivesThatRestOnIt(
        ClaimAttribute unverified, double expectedScore) {
      Set<ClaimAttribute> verified = EnumSet.allOf(ClaimAttribute.class);
      verified.remove(unverified);

      SovereigntyAssessment assessment =
          facts().withVerified(verified.toArray(ClaimAttribute[]::new)).assess();

      assertEquals(expectedScore, assessment.score());
      assertFalse(assessment.fullyVerified());
      for (Objective objective : Objective.values()) {
        ObjectiveAssessment result = assessment.objective(objective);
        boolean restsOnIt = objective.basedOn().contains(unverified);
        assertEquals(!restsOnIt, result.verified(), objective.id());
        assertEquals(restsOnIt ? 3.0 : 4.0, result.points(), objective.id());
        assertEquals(restsOnIt ? List.of(unverified) : List.of(), result.unverifiedClaims());
      }
    }

    @Test
    void objectiveAtSealZeroGetsNoPointsAndNoConfidenceNote() {
      SovereigntyAssessment assessment = facts().withEnergy(null, null).withVerified().assess();

      ObjectiveAssessment environmental = assessment.objective(SOV_8);
      assertEquals(0, environmental.seal());
      assertEquals(0.0, environmental.points());
      assertFalse(environmental.verified());
      assertEquals(List.of("No energy or efficiency disclosure"), environmental.reasons());
      // The seven other objectives at SEAL 4, unverified: 0.75 x (100 - 5) = 71.25 -> 71.3
      assertEquals(71.3, assessment.score());
    }

    @Test
    void usHyperscalerScoresLowOnJurisdictionDespiteEuDataCentres() {
      SovereigntyAssessment assessment = usHyperscaler().assess();

      // SOV-1 0 controlled from the US under the CLOUD Act
      // SOV-2 0 governed from outside the EEA and subject to extraterritorial laws
      // SOV-3 1 data in IE/NL, but a foreign authority can compel access to the SaaS
      // SOV-4 2 support partly outside the EEA, partial EU presence, closed SaaS
      // SOV-5 0 the supplier itself is a non-EU dependency
      // SOV-6 1 closed technology, reachable only through the vendor
      // SOV-7 2 ISO 27001 baseline, capped by the CLOUD Act anyway
      // SOV-8 3 90 % renewable at PUE 1.12
      assertSeals(assessment, 0, 0, 1, 2, 0, 1, 2, 3);
      assertEquals(0, assessment.overallSeal());
      assertHasReason(assessment.objective(SOV_1), "Controlled from United States");
      assertHasReason(assessment.objective(SOV_2), "US CLOUD Act, US FISA Section 702");
      assertHasReason(
          assessment.objective(SOV_3), "Data stored and processed in the EEA only (IE, NL)");
      assertHasReason(assessment.objective(SOV_3), "A foreign authority can compel access");
      assertHasReason(
          assessment.objective(SOV_7), "Baseline security certification: ISO/IEC 27001, SOC 2");
      // Nothing verified: 0.75 x (0 + 0 + 1/4 x 10 + 2/4 x 15 + 0 + 1/4 x 15 + 2/4 x 10
      //   + 3/4 x 5) = 0.75 x 22.5 = 16.875 -> 16.9
      assertEquals(16.9, assessment.score());
    }

    @Test
    void overallSealIsTheLowestObjectiveSeal() {
      SovereigntyAssessment onlyEnvironmentWeak = facts().withEnergy(60, "1.3").assess();
      assertEquals(2, onlyEnvironmentWeak.seal(SOV_8));
      assertEquals(2, onlyEnvironmentWeak.overallSeal());

      SovereigntyAssessment twoWeak =
          facts().withEnergy(49, null).withCertifications(Certification.ISO_27001).assess();
      assertEquals(2, twoWeak.seal(SOV_7));
      assertEquals(1, twoWeak.seal(SOV_8));
      assertEquals(1, twoWeak.overallSeal());
    }

    @ParameterizedTest
    @MethodSource("eu.aimarket.catalog.sovereignty.SovereigntyAssessorTest#assortedOfferings")
    void assessmentAlwaysHasEightOrderedObjectivesWithinRange(FactsBuilder builder) {
      SovereigntyAssessment assessment = builder.assess();

      assertEquals(
          List.of("SOV-1", "SOV-2", "SOV-3", "SOV-4", "SOV-5", "SOV-6", "SOV-7", "SOV-8"),
          assessment.objectives().stream().map(ObjectiveAssessment::id).toList());
      double sum = 0;
      int min = Integer.MAX_VALUE;
      for (ObjectiveAssessment objective : assessment.objectives()) {
        assertTrue(objective.seal() >= 0 && objective.seal() <= 4, objective.toString());
        assertEquals(4, objective.maxPoints());
        assertTrue(objective.points() >= 0 && objective.points() <= 4, objective.toString());
        assertFalse(objective.reasons().isEmpty(), objective.id() + " must explain its level");
        sum += objective.points() / objective.maxPoints() * objective.weightPercent();
        min = Math.min(min, objective.seal());
      }
      assertTrue(assessment.score() >= 0 && assessment.score() <= 100, "" + assessment.score());
      assertEquals(Math.round(sum * 10) / 10.0, assessment.score(), 1e-9);
      assertEquals(min, assessment.overallSeal());
    }

    @Test
    void objectiveWeightsFollowTheFrameworkAndAddUpTo100() {
      assertEquals(
          List.of(15, 10, 10, 15, 20, 15, 10, 5),
          Arrays.stream(Objective.values()).map(Objective::weightPercent).toList());
    }
  }

  static Stream<FactsBuilder> assortedOfferings() {
    return Stream.of(
        facts(),
        facts().withVerified(),
        usHyperscaler(),
        usHyperscaler().withVerified(ClaimAttribute.values()),
        facts()
            .withHeadquarters("CN")
            .withControl("CN")
            .withNonEuOwnership(100)
            .withLaws(ExtraterritorialLaw.CN_NATIONAL_INTELLIGENCE_LAW)
            .withEuPresence(null)
            .withDeployment()
            .withDataIn()
            .withProcessingIn()
            .withSupportIn()
            .withClosedWeights(null)
            .withCertifications()
            .withHardwareFrom(null)
            .withEnergy(null, null)
            .withVerified(),
        facts()
            .withDeployment(SAAS, DEDICATED_CLOUD)
            .withNonEuOwnership(30)
            .withSupportIn("DE", "GB")
            .withEnergy(95, "1.3")
            .withVerified(ClaimAttribute.CONTROL, ClaimAttribute.ENVIRONMENT));
  }

  // ---------------------------------------------------------------------------------------------

  /** A US hyperscaler's AI service: US-controlled, EU data centres, closed multi-tenant SaaS. */
  static FactsBuilder usHyperscaler() {
    return facts()
        .withHeadquarters("US")
        .withControl("US")
        .withNonEuOwnership(100)
        .withLaws(US_CLOUD_ACT, US_FISA_702)
        .withEuPresence(EuPresence.PARTIAL)
        .withCategory(Category.LLM_API)
        .withDeployment(SAAS)
        .withDataIn("IE", "NL")
        .withProcessingIn("IE", "NL")
        .withSupportIn("IE", "US")
        .withClosedWeights("Proprietary")
        .withCertifications(Certification.SOC_2, Certification.ISO_27001)
        .withHardwareFrom("US")
        .withEnergy(90, "1.12")
        .withVerified();
  }

  /** A fully sovereign offering (SEAL 4 everywhere, every claim verified) to vary from. */
  static FactsBuilder facts() {
    return new FactsBuilder();
  }

  static final class FactsBuilder {
    private String headquarters = "DE";
    private String control = "DE";
    private int nonEuOwnership = 0;
    private Set<ExtraterritorialLaw> laws = Set.of();
    private EuPresence euPresence = EuPresence.FULL;
    private Category category = Category.LLM_API;
    private Set<DeploymentModel> deployment = Set.of(ON_PREMISES);
    private Set<String> dataStorage = Set.of("DE");
    private Set<String> dataProcessing = Set.of("DE");
    private Set<String> support = Set.of("DE");
    private boolean openWeights = true;
    private String licence = "Apache-2.0";
    private Set<Certification> certifications = Set.of(Certification.SECNUMCLOUD);
    private String hardware = "NL";
    private Integer renewable = 100;
    private BigDecimal pue = new BigDecimal("1.1");
    private Set<ClaimAttribute> verified = EnumSet.allOf(ClaimAttribute.class);

    FactsBuilder withHeadquarters(String country) {
      headquarters = country;
      return this;
    }

    FactsBuilder withControl(String country) {
      control = country;
      return this;
    }

    FactsBuilder withNonEuOwnership(int percent) {
      nonEuOwnership = percent;
      return this;
    }

    FactsBuilder withLaws(ExtraterritorialLaw... values) {
      laws = Set.of(values);
      return this;
    }

    FactsBuilder withEuPresence(EuPresence presence) {
      euPresence = presence;
      return this;
    }

    FactsBuilder withCategory(Category value) {
      category = value;
      return this;
    }

    FactsBuilder withDeployment(DeploymentModel... models) {
      deployment = Set.of(models);
      return this;
    }

    /** Where data is stored; processing stays as it is. */
    FactsBuilder withDataIn(String... countries) {
      dataStorage = Set.of(countries);
      return this;
    }

    FactsBuilder withProcessingIn(String... countries) {
      dataProcessing = Set.of(countries);
      return this;
    }

    FactsBuilder withSupportIn(String... countries) {
      support = Set.of(countries);
      return this;
    }

    FactsBuilder withOpenWeights(boolean value) {
      openWeights = value;
      return this;
    }

    FactsBuilder withLicence(String value) {
      licence = value;
      return this;
    }

    /** No open weights, and the given licence (open source or not). */
    FactsBuilder withClosedWeights(String licenceId) {
      openWeights = false;
      licence = licenceId;
      return this;
    }

    FactsBuilder withCertifications(Certification... values) {
      certifications = Set.of(values);
      return this;
    }

    FactsBuilder withHardwareFrom(String country) {
      hardware = country;
      return this;
    }

    FactsBuilder withEnergy(Integer renewablePercent, String pueValue) {
      renewable = renewablePercent;
      pue = pueValue == null ? null : new BigDecimal(pueValue);
      return this;
    }

    /** Only these claims verified; none when empty. */
    FactsBuilder withVerified(ClaimAttribute... attributes) {
      verified = Set.of(attributes);
      return this;
    }

    SovereigntyFacts build() {
      return new SovereigntyFacts(
          headquarters,
          control,
          nonEuOwnership,
          laws,
          euPresence,
          category,
          deployment,
          dataStorage,
          dataProcessing,
          support,
          openWeights,
          licence,
          certifications,
          hardware,
          renewable,
          pue,
          verified);
    }

    SovereigntyAssessment assess() {
      return SovereigntyAssessor.assess(build());
    }

    @Override
    public String toString() {
      return build().toString();
    }
  }

  private static SovereigntyAssessment assertLevel(
      FactsBuilder builder, Objective objective, int expectedSeal, String... reasonPhrases) {
    SovereigntyAssessment assessment = builder.assess();
    ObjectiveAssessment result = assessment.objective(objective);
    assertEquals(objective.id(), result.id());
    assertEquals(
        expectedSeal,
        result.seal(),
        () -> objective.id() + " for " + builder + " with reasons " + result.reasons());
    for (String phrase : reasonPhrases) {
      assertHasReason(result, phrase);
    }
    return assessment;
  }

  private static void assertHasReason(ObjectiveAssessment result, String phrase) {
    assertTrue(
        result.reasons().stream().anyMatch(reason -> reason.contains(phrase)),
        () -> result.id() + " reasons " + result.reasons() + " should mention \"" + phrase + "\"");
  }

  private static void assertSeals(SovereigntyAssessment assessment, int... expected) {
    assertEquals(
        Arrays.stream(expected).boxed().toList(),
        assessment.objectives().stream().map(ObjectiveAssessment::seal).toList(),
        () -> "SEAL per objective SOV-1..SOV-8, reasons: " + assessment.objectives());
  }

  private static void assertPoints(SovereigntyAssessment assessment, double... expected) {
    assertEquals(
        Arrays.stream(expected).boxed().toList(),
        assessment.objectives().stream().map(ObjectiveAssessment::points).toList());
  }
}
