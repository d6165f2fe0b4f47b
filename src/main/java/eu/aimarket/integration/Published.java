package eu.aimarket.integration;

/**
 * Fired inside the transaction of every change {@link Events} reports, whether or not a webhook
 * subscribes, so that in-process observers (saved-search alerts) see it too. {@code subject} is the
 * view the event was made from: an {@code OfferingView} for {@code offering.published}, a {@code
 * RequirementView} for {@code requirement.published}.
 */
public record Published(EventType type, Object subject) {}
