import Aside from './Aside.astro';
import Figure from './Figure.astro';
import CostAllocationFlow from './CostAllocationFlow.astro';
import CrossZoneTerms from './CrossZoneTerms.astro';
import ZoneFailureRecovery from './ZoneFailureRecovery.astro';
import CalculatorEmbed from '../CalculatorEmbed.astro';

/** Components every post can use without importing them. */
export const mdxComponents = { Aside, Figure, CostAllocationFlow, CrossZoneTerms, ZoneFailureRecovery, CalculatorEmbed };
