package eu.aimarket.deploy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Map;

/**
 * The part of CloudNativePG's custom resources ({@code postgresql.cnpg.io/v1}) that our manifests
 * use, field for field as in the operator's CRD. Read strictly, a misspelt or misplaced field fails
 * instead of being ignored by the API server's pruning.
 */
final class CloudNativePg {

  static final String API_VERSION = "postgresql.cnpg.io/v1";

  private CloudNativePg() {}

  record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {}

  record ClusterSpec(
      String description,
      Integer instances,
      String imageName,
      String primaryUpdateStrategy,
      Bootstrap bootstrap,
      PostgresConfiguration postgresql,
      Storage storage,
      Storage walStorage,
      Affinity affinity,
      ResourceRequirements resources,
      Backup backup) {}

  record Bootstrap(InitDb initdb) {}

  record InitDb(String database, String owner, NameReference secret) {}

  record PostgresConfiguration(Map<String, String> parameters) {}

  record Storage(String size, String storageClass, Boolean resizeInUseVolumes) {}

  record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {}

  record Backup(String retentionPolicy, String target, BarmanObjectStore barmanObjectStore) {}

  record BarmanObjectStore(
      String destinationPath,
      String endpointURL,
      SecretKey endpointCA,
      String serverName,
      S3Credentials s3Credentials,
      WalBackup wal,
      DataBackup data) {}

  record S3Credentials(
      SecretKey accessKeyId,
      SecretKey secretAccessKey,
      SecretKey region,
      SecretKey sessionToken,
      Boolean inheritFromIAMRole) {}

  record WalBackup(String compression, String encryption, Integer maxParallel) {}

  record DataBackup(String compression, String encryption, Integer jobs) {}

  record SecretKey(String name, String key) {}

  record NameReference(String name) {}

  record ScheduledBackup(
      String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {}

  record ScheduledBackupSpec(
      String schedule,
      Boolean immediate,
      Boolean suspend,
      String backupOwnerReference,
      String method,
      String target,
      NameReference cluster) {}
}
