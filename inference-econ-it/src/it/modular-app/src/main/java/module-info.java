module com.example.app {
  requires io.github.inferenceecon.core;       // types and calculators, model architectures
  requires io.github.inferenceecon.hardware;   // accelerator and cloud catalogs, energy figures
  requires io.github.inferenceecon.pricing;    // API price catalogs

  // The client adapters: each compiles and resolves without its client; an application that
  // calls one requires the client too (openai.java.core, com.anthropic.core, langchain4j.core,
  // micrometer.core).
  requires io.github.inferenceecon.openai;
  requires io.github.inferenceecon.anthropic;
  requires io.github.inferenceecon.langchain4j;
  requires io.github.inferenceecon.micrometer;
  requires micrometer.core;   // the client of the adapter this application calls (Micrometer)
}
