import type { Config } from '../config.js';
import { resolveBrand, type Brand } from './brand.js';

const brands = new WeakMap<Config, Brand>();

/** The brand of this deployment, worked out once per configuration. */
export function brandOf(config: Config): Brand {
  let brand = brands.get(config);
  if (brand === undefined) {
    brand = resolveBrand({ name: config.brandName, market: config.market });
    brands.set(config, brand);
  }
  return brand;
}
