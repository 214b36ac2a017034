package fi.kasvu.provisioning.billing;

/**
 * What a municipality pays for: a price per enrolled student and billing period.
 *
 * @param pricePerStudentCents the price of one student for one billing period, in cents of the currency
 */
public record Plan(String code, String name, String description, int pricePerStudentCents, String currency,
                   String billingPeriod, boolean isDefault) {
}
