// The provider configuration chose (PAYMENT_PROVIDER). Built once per process and configuration.
import { env } from "../env";
import type { PaymentProvider } from "./payment-provider";
import { createSandboxProvider } from "./sandbox-provider";
import { createStripeProvider } from "./stripe-provider";

let cached: { key: string; provider: PaymentProvider } | undefined;

export function getPaymentProvider(): PaymentProvider {
  const config = env();
  const key = `${config.PAYMENT_PROVIDER}:${config.STRIPE_SECRET_KEY ?? ""}:${config.SANDBOX_WEBHOOK_SECRET}`;
  if (cached?.key === key) return cached.provider;
  const provider =
    config.PAYMENT_PROVIDER === "stripe"
      ? createStripeProvider({
          // env() refuses PAYMENT_PROVIDER=stripe without both.
          secretKey: config.STRIPE_SECRET_KEY as string,
          webhookSecret: config.STRIPE_WEBHOOK_SECRET as string,
        })
      : createSandboxProvider({ webhookSecret: config.SANDBOX_WEBHOOK_SECRET });
  cached = { key, provider };
  return provider;
}
