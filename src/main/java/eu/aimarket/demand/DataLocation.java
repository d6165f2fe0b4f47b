package eu.aimarket.demand;

/** Where a buyer allows its data to be stored and processed. */
public enum DataLocation {
  ANY,
  EU,
  EEA,
  COUNTRIES
}
