/**
 * Pledgewatch core: the domain model, JSON loading, the engine, reports and scenarios. Only the API
 * packages are exported; {@code org.pledgewatch.internal} is not.
 */
module org.pledgewatch.core {
  requires org.slf4j;
  requires org.kie.api;
  requires org.kie.internal.api;
  requires org.drools.base;
  requires org.drools.kiesession;
  requires org.drools.compiler;
  requires org.drools.mvel;
  requires org.drools.modelcompiler;
  requires org.drools.model.codegen;
  requires org.drools.drl.ast;
  requires org.drools.drl.parser;
  requires org.objectweb.asm;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.junit.jupiter.api;

  exports org.pledgewatch;
  exports org.pledgewatch.facts;
  exports org.pledgewatch.io;
  exports org.pledgewatch.model;
  exports org.pledgewatch.report;
  exports org.pledgewatch.scenario;
  exports org.pledgewatch.scenario.junit;

  // Jackson reads and writes the report records by reflection.
  opens org.pledgewatch to
      com.fasterxml.jackson.databind;
  opens org.pledgewatch.model to
      com.fasterxml.jackson.databind;
  opens org.pledgewatch.internal to
      com.fasterxml.jackson.databind;
  // The JSON schemas are resources other code reads.
  opens org.pledgewatch.schema;
}
