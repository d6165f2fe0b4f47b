package eu.aimarket.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each claim is about, as comparable values, so that a change to an attribute sends its claim
 * back to review (a verified claim cannot outlive the facts it verified).
 */
final class ClaimedAttributes {

  private ClaimedAttributes() {}

  static Map<ClaimAttribute, Object> of(SupplierProfile p) {
    Map<ClaimAttribute, Object> values = new EnumMap<>(ClaimAttribute.class);
    values.put(ClaimAttribute.HEADQUARTERS, p.getHeadquartersCountry());
    values.put(
        ClaimAttribute.CONTROL,
        List.of(p.getControllingEntity(), p.getControlCountry(), p.getNonEuOwnershipPercent()));
    values.put(ClaimAttribute.EXTRATERRITORIAL_LAWS, new TreeSet<>(p.getExtraterritorialLaws()));
    values.put(ClaimAttribute.EU_PRESENCE, p.getEuPresence());
    return values;
  }

  static Map<ClaimAttribute, Object> of(Offering o) {
    Map<ClaimAttribute, Object> values = new EnumMap<>(ClaimAttribute.class);
    values.put(
        ClaimAttribute.DATA_LOCATION,
        List.of(
            new TreeSet<>(o.getDataStorageCountries()),
            new TreeSet<>(o.getDataProcessingCountries())));
    values.put(ClaimAttribute.SUPPORT_LOCATION, new TreeSet<>(o.getSupportCountries()));
    values.put(ClaimAttribute.DEPLOYMENT, new TreeSet<>(o.getDeploymentModels()));
    values.put(
        ClaimAttribute.OPEN_WEIGHTS,
        List.of(o.isOpenWeights(), Objects.toString(o.getLicence(), "")));
    values.put(ClaimAttribute.CERTIFICATIONS, new TreeSet<>(o.getCertifications()));
    values.put(ClaimAttribute.HARDWARE_ORIGIN, Objects.toString(o.getHardwareVendorCountry(), ""));
    values.put(
        ClaimAttribute.ENVIRONMENT,
        List.of(
            Objects.toString(o.getRenewableEnergyPercent(), ""),
            o.getPue() == null ? "" : o.getPue().stripTrailingZeros().toPlainString()));
    return values;
  }

  static Set<ClaimAttribute> changed(
      Map<ClaimAttribute, Object> before, Map<ClaimAttribute, Object> after) {
    Set<ClaimAttribute> changed = new TreeSet<>();
    after.forEach(
        (attribute, value) -> {
          if (!Objects.equals(before.get(attribute), value)) {
            changed.add(attribute);
          }
        });
    return changed;
  }
}
