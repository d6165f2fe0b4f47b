package eu.aimarket.matching;

import eu.aimarket.catalog.DeploymentModel;
import java.util.EnumSet;

/**
 * What the ranking's hot loop reads of every candidate, one primitive array per attribute in
 * snapshot order. A ranking visits tens of thousands of candidates; reading {@link Candidate}
 * objects (each with its own arrays for languages, countries and SEAL levels, spread over the heap)
 * cost several cache misses per candidate and made the loop many times slower than the same work
 * over flat arrays. The candidates stay for explanations, which touch a handful of them.
 */
final class CandidateColumns {

  static final int OPEN_WEIGHTS = 1;
  static final int HAS_DATA_LOCATION = 1 << 1;
  static final int DATA_ONLY_IN_EU = 1 << 2;
  static final int DATA_ONLY_IN_EEA = 1 << 3;
  static final int SUPPORT_ALL_EU = 1 << 4;
  static final int SUPPORT_SOME_EU = 1 << 5;
  static final int HAS_PRICE = 1 << 6;

  /** Runs only at the customer's site: its data stays wherever the buyer keeps it. */
  static final int CUSTOMER_SITE_ONLY = 1 << 7;

  static final int CUSTOMER_SITE_MASK =
      Candidate.mask(EnumSet.of(DeploymentModel.ON_PREMISES, DeploymentModel.AIR_GAPPED));

  final int languageWords;
  final int countryWords;
  final int objectives;
  final int[] flags;
  final int[] deploymentMask;
  final int[] certificationMask;
  final double[] priceEur;
  final byte[] pricingModel;

  /** {@code languageWords} longs per candidate: the bits of {@link CodeSet#LANGUAGES}. */
  final long[] languages;

  /** {@code countryWords} longs per candidate: storage and processing countries together. */
  final long[] dataCountries;

  /** {@code objectives} SEAL levels per candidate, in objective order. */
  final byte[] seals;

  CandidateColumns(Candidate[] candidates) {
    int size = candidates.length;
    this.languageWords = candidates.length == 0 ? 0 : candidates[0].languages.length;
    this.countryWords = candidates.length == 0 ? 0 : candidates[0].dataCountries.length;
    this.objectives = candidates.length == 0 ? 0 : candidates[0].seals.length;
    this.flags = new int[size];
    this.deploymentMask = new int[size];
    this.certificationMask = new int[size];
    this.priceEur = new double[size];
    this.pricingModel = new byte[size];
    this.languages = new long[size * languageWords];
    this.dataCountries = new long[size * countryWords];
    this.seals = new byte[size * objectives];
    for (int i = 0; i < size; i++) {
      Candidate c = candidates[i];
      flags[i] = flagsOf(c);
      deploymentMask[i] = c.deploymentMask;
      certificationMask[i] = c.certificationMask;
      priceEur[i] = c.priceEur;
      pricingModel[i] = (byte) c.pricingModel;
      System.arraycopy(c.languages, 0, languages, i * languageWords, languageWords);
      System.arraycopy(c.dataCountries, 0, dataCountries, i * countryWords, countryWords);
      for (int o = 0; o < objectives; o++) {
        seals[i * objectives + o] = (byte) c.seals[o];
      }
    }
  }

  private static int flagsOf(Candidate c) {
    int flags = 0;
    flags |= c.openWeights ? OPEN_WEIGHTS : 0;
    flags |= c.hasDataLocation ? HAS_DATA_LOCATION : 0;
    flags |= c.dataOnlyInEu ? DATA_ONLY_IN_EU : 0;
    flags |= c.dataOnlyInEea ? DATA_ONLY_IN_EEA : 0;
    flags |= c.supportAllEu ? SUPPORT_ALL_EU : 0;
    flags |= c.supportSomeEu ? SUPPORT_SOME_EU : 0;
    flags |= c.hasPrice ? HAS_PRICE : 0;
    boolean customerSiteOnly =
        c.deploymentMask != 0 && (c.deploymentMask & ~CUSTOMER_SITE_MASK) == 0;
    flags |= customerSiteOnly ? CUSTOMER_SITE_ONLY : 0;
    return flags;
  }

  boolean has(int index, int flag) {
    return (flags[index] & flag) != 0;
  }

  /** Does the candidate's language set contain every bit of {@code need}? */
  boolean languagesContainAll(int index, long[] need) {
    int base = index * languageWords;
    for (int w = 0; w < languageWords; w++) {
      if ((languages[base + w] & need[w]) != need[w]) {
        return false;
      }
    }
    return true;
  }

  /** How many of {@code wanted} the candidate offers. */
  int languagesInCommon(int index, long[] wanted) {
    int base = index * languageWords;
    int count = 0;
    for (int w = 0; w < languageWords; w++) {
      count += Long.bitCount(languages[base + w] & wanted[w]);
    }
    return count;
  }

  /** Are all of the candidate's data countries among {@code allowed}? */
  boolean dataCountriesWithin(int index, long[] allowed) {
    int base = index * countryWords;
    for (int w = 0; w < countryWords; w++) {
      long have = dataCountries[base + w];
      if ((allowed[w] & have) != have) {
        return false;
      }
    }
    return true;
  }

  /** Does every objective reach its minimum SEAL level? */
  boolean sealsReach(int index, int[] minimum) {
    int base = index * objectives;
    for (int o = 0; o < objectives; o++) {
      if (seals[base + o] < minimum[o]) {
        return false;
      }
    }
    return true;
  }
}
