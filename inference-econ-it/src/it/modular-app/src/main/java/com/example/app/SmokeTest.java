package com.example.app;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.memory.KvCache;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.micrometer.ApiUsageRecorder;
import io.github.inferenceecon.pricing.CatalogModel;
import io.github.inferenceecon.pricing.PriceCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;

/**
 * Loads every bundled catalog, schema and model architecture, prices a request, records it with
 * the Micrometer adapter and estimates memory, as an application does, and fails (exit status 1) on any surprise. The argument says
 * where the application runs: {@code module-path} or {@code class-path}; the test checks it.
 */
public final class SmokeTest {

  private static final List<String> ADAPTERS = List.of("io.github.inferenceecon.openai",
      "io.github.inferenceecon.anthropic", "io.github.inferenceecon.langchain4j",
      "io.github.inferenceecon.micrometer");

  private SmokeTest() {}

  public static void main(String[] args) {
    String where = args[0];
    boolean modular = where.equals("module-path");
    check(SmokeTest.class.getModule().isNamed() == modular,
        "runs on the " + where + ": " + SmokeTest.class.getModule());
    if (modular) {
      for (String adapter : ADAPTERS) {
        check(ModuleLayer.boot().findModule(adapter).isPresent(), adapter + " resolved");
      }
    }

    // Every bundled catalog: the providers' price documents with the genai-prices feed, the
    // accelerator and cloud catalogs, the energy figures, the model architectures
    PriceCatalog prices = PriceCatalog.bundled();
    long priced = prices.models().stream().filter(CatalogModel::isPriced).count();
    check(priced > 1000 && prices.providers().size() > 30, "price catalog: " + priced
        + " priced models of " + prices.providers().size() + " providers");
    long primary = prices.primaryOnly().models().stream().filter(CatalogModel::isPriced).count();
    check(primary > 100 && priced > primary, "price layers: " + primary
        + " models priced by the providers' own documents, " + (priced - primary)
        + " more by the genai-prices feed");
    HardwareCatalogs hardware = HardwareCatalogs.bundled();
    int accelerators = hardware.accelerators().all().size();
    int offers = hardware.cloudOffers().all().size();
    int energy = hardware.energy().pue().size() + hardware.energy().electricityPrices().size()
        + hardware.energy().carbonIntensities().size();
    check(accelerators > 20 && offers > 50 && energy > 30, "hardware catalogs: " + accelerators
        + " accelerators, " + offers + " offers, " + energy + " energy figures");
    List<ModelArchitecture> models = KnownArchitectures.all();
    check(models.size() == KnownArchitectures.ids().size() && models.size() > 20,
        "architectures: " + models.size());

    // The JSON Schemas that ship in the jars, readable where the packages are encapsulated
    int schemas = 0;
    for (String name : List.of("price-catalog.schema.json", "genai-prices.schema.json")) {
      schemas += isSchema(PriceCatalog.jsonSchema(name), name);
    }
    for (String name : List.of("accelerators.schema.json", "cloud-offers.schema.json",
        "energy.schema.json")) {
      schemas += isSchema(HardwareCatalogs.jsonSchema(name), name);
    }

    // One request priced: Claude Sonnet 4 at USD 3 per million input tokens, 0.30 per million
    // cache reads and 15 per million output tokens; 2,000 uncached x 3/1M = 0.006, 8,000 cache
    // reads x 0.30/1M = 0.0024, 1,000 out x 15/1M = 0.015: USD 0.0234
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(8_000)).outputTokens(TokenCount.of(1_000)).build();
    ApiCost apiCost = prices.cost("anthropic", "claude-sonnet-4", usage);
    Money cost = apiCost.total();
    check(cost.equals(Money.of("USD", "0.0234")), "cost: " + cost);

    // A client adapter with its client: the Micrometer recorder counts the request's 10,000
    // input and 1,000 output tokens and its USD 0.0234
    MeterRegistry registry = new SimpleMeterRegistry();
    ApiUsageRecorder recorder = ApiUsageRecorder.create();
    recorder.bindTo(registry);
    recorder.record(usage, apiCost);
    double counted = registry.get(ApiUsageRecorder.COST).functionCounter().count();
    double input = registry.get(ApiUsageRecorder.TOKEN_USAGE).tag("gen_ai.token.type", "input")
        .summary().totalAmount();
    double output = registry.get(ApiUsageRecorder.TOKEN_USAGE).tag("gen_ai.token.type", "output")
        .summary().totalAmount();
    check(counted == 0.0234 && input == 10_000 && output == 1_000, "Micrometer: " + counted
        + " USD, " + input + " input and " + output + " output tokens");

    // Memory: Llama-3.1-70B keeps 80 layers x 8 KV heads x 128 dims x 2 (K, V) x 2 bytes =
    // 327,680 bytes of KV cache per token; on 4 x H100 it fits 32 sequences of 8,192 tokens
    ModelArchitecture llama = KnownArchitectures.get("llama-3.1-70b");
    ByteSize perToken = KvCache.perToken(llama, NumericFormat.BF16);
    check(perToken.toBytes() == 327_680, "KV cache per token: " + perToken);
    DeploymentMemory memory = MemoryEstimator.defaults().estimate(
        Deployment.of(llama, hardware.accelerators().spec("h100"), 4), 8192, 32);
    check(memory.fits(), "memory: " + memory);

    System.out.println("inference-econ on the " + where + ": " + priced + " priced models ("
        + primary + " from primary sources), "
        + accelerators + " accelerators, " + offers + " cloud offers, " + energy
        + " energy figures, " + models.size() + " architectures, " + schemas + " schemas; "
        + "Claude Sonnet 4 request " + cost + ", recorded by Micrometer as " + counted
        + "; Llama-3.1-70B " + perToken
        + " of KV cache per token, fits 4 x H100: " + memory.fits());
  }

  private static int isSchema(String text, String name) {
    check(text.startsWith("{") && text.contains("\"properties\""), name + " is a JSON Schema");
    return 1;
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("FAILED: " + what);
      System.exit(1);
    }
  }
}
