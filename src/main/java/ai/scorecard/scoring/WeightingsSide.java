package ai.scorecard.scoring;

/**
 * One company under every weighting the {@linkplain RobustnessCheck robustness check} tries around a lens: its
 * overall under each sampled weighting and at each step of each scan, with the profile that computes any other.
 * Made once per company and standings ({@link Scorer#weightingsSide}), since a company's numbers are the same
 * whoever it is compared with; about 50 KB.
 */
public final class WeightingsSide {

    final RobustnessCheck.Profile profile;
    /** The overall under each sampled weighting, within {@link RobustnessCheck#KEPT_PRECISION}. */
    final float[] sampled;
    /** By scan (dimension and direction), the overall at steps 1 to {@link RobustnessCheck#SCAN_STEPS}; null for none. */
    final float[][] scanned;

    WeightingsSide(RobustnessCheck.Profile profile, float[] sampled, float[][] scanned) {
        this.profile = profile;
        this.sampled = sampled;
        this.scanned = scanned;
    }
}
