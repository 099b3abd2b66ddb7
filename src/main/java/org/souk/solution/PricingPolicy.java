package org.souk.solution;

/** C-23: free; users must pay for the external service; contains additional paid functionality. */
public enum PricingPolicy {
    FREE, EXTERNAL_SERVICE_PAID, ADDITIONAL_PAID_FUNCTIONALITY
}
