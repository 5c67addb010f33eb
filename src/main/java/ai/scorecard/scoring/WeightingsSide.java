package ai.scorecard.scoring;

/**
 * One company under every weighting the {@linkplain RobustnessCheck robustness check} tries around a lens: its
 * overall under each sampled weighting and at each step of each scan, with the profile that computes any other.
 * Made once per company and standings ({@link Scorer#weightingsSide}), since a company's numbers are the same
 * whoever it is compared with; about 100 KB.
 */
public final class WeightingsSide {

    final RobustnessCheck.Profile profile;
    final double[] sampled;
    /** By scan (dimension and direction), the overall at steps 1 to {@link RobustnessCheck#SCAN_STEPS}; null for none. */
    final double[][] scanned;

    WeightingsSide(RobustnessCheck.Profile profile, double[] sampled, double[][] scanned) {
        this.profile = profile;
        this.sampled = sampled;
        this.scanned = scanned;
    }
}
