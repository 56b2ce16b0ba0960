//! The random adjustments added to published counts: exact samples of the
//! discrete Gaussian (OpenDP's sampler, which works in arbitrary-precision
//! rationals, so no floating-point artefact tells a noisy value from the
//! true one), and the privacy cost of a release in zero-concentrated
//! differential privacy (zCDP).

use crate::error::{Error, Result};
use dashu::integer::IBig;
use dashu::rational::RBig;

/// The noise every figure of a ledger gets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Noise {
    /// The discrete Gaussian's scale σ, in people.
    pub sigma: f64,
}

/// The smallest noise a steward may choose: below it the adjustments are
/// too small to hide one person's presence.
pub const MIN_SIGMA: f64 = 1.0;

impl Noise {
    /// Draws `n` independent adjustments.
    pub fn draw(&self, n: usize) -> Result<Vec<i64>> {
        let scale = RBig::try_from(self.sigma)
            .map_err(|_| Error::Noise(format!("σ = {} is not a number", self.sigma)))?;
        (0..n)
            .map(|_| {
                let x: IBig = opendp::traits::samplers::sample_discrete_gaussian(scale.clone())
                    .map_err(|e| Error::Noise(e.to_string()))?;
                i64::try_from(x).map_err(|_| Error::Noise("an adjustment out of range".into()))
            })
            .collect()
    }

    /// The zCDP cost ρ of publishing figures of which one person can
    /// change `touches` by one each: ρ = touches / (2σ²) (Bun and
    /// Steinke 2016; Canonne, Kamath and Steinke 2020 for the discrete
    /// Gaussian).
    pub fn cost(&self, touches: u64) -> f64 {
        touches as f64 / (2.0 * self.sigma * self.sigma)
    }

    /// The typical size of one adjustment: the median of |noise|, in whole
    /// people, computed from the discrete Gaussian's own probabilities.
    pub fn typical(&self) -> u64 {
        let weight = |x: i64| (-(x * x) as f64 / (2.0 * self.sigma * self.sigma)).exp();
        let reach = (self.sigma * 12.0).ceil() as i64 + 1;
        let total: f64 = (-reach..=reach).map(weight).sum();
        let mut below = weight(0) / total;
        let mut m = 0;
        while below < 0.5 {
            m += 1;
            below += 2.0 * weight(m) / total;
        }
        m as u64
    }

    /// A bound no adjustment is assumed to exceed by the disclosure audit's
    /// attacker (3σ: one figure in about 370 is adjusted by more).
    pub fn audit_bound(&self) -> f64 {
        (3.0 * self.sigma).ceil()
    }
}

/// The (ε, δ)-differential-privacy guarantee implied by zCDP ρ:
/// ε = ρ + 2·√(ρ·ln(1/δ)) (Bun and Steinke 2016, Proposition 1.3).
pub fn epsilon(rho: f64, delta: f64) -> f64 {
    rho + 2.0 * (rho * (1.0 / delta).ln()).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjustments_are_centred_with_the_chosen_spread() {
        let noise = Noise { sigma: 3.0 };
        let draws = noise.draw(4000).expect("entropy");
        let n = draws.len() as f64;
        let mean = draws.iter().sum::<i64>() as f64 / n;
        let var = draws
            .iter()
            .map(|&x| (x as f64 - mean).powi(2))
            .sum::<f64>()
            / n;
        assert!(mean.abs() < 0.3, "mean {mean}");
        assert!((var.sqrt() - 3.0).abs() < 0.25, "σ {}", var.sqrt());
        assert!(draws.iter().any(|&x| x != draws[0]), "not constant");
    }

    #[test]
    fn the_cost_grows_with_what_one_person_touches_and_falls_with_noise() {
        let n = Noise { sigma: 2.0 };
        assert!((n.cost(8) - 1.0).abs() < 1e-12);
        assert!(Noise { sigma: 4.0 }.cost(8) < n.cost(8));
        assert_eq!(Noise { sigma: 3.0 }.typical(), 2);
        assert_eq!(Noise { sigma: 1.0 }.typical(), 1);
        assert!(
            (epsilon(0.5, 1e-6) - (0.5 + 2.0 * (0.5f64 * 13.815_510_557_964_274).sqrt())).abs()
                < 1e-9
        );
    }
}
