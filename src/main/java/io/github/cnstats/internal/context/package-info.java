/**
 * The document context and what it resolves, as each measurement is made: {@link
 * io.github.cnstats.internal.context.ContextFinder} finds the document's date and region in its text, {@link
 * io.github.cnstats.internal.context.CalendarPeriods} turns a period as written into days ({@link
 * io.github.cnstats.internal.context.CalendarNumbers} reads its numbers), {@link
 * io.github.cnstats.internal.context.RegionResolver} names 全省 and 本港, {@link
 * io.github.cnstats.internal.context.Baselines} works out the figure a change implies, and {@link
 * io.github.cnstats.internal.context.ConsistencyChecks} finds figures that do not add up. {@link
 * io.github.cnstats.internal.context.ContextStage} runs them for one document, finding its context only when a
 * period or region needs it.
 */
package io.github.cnstats.internal.context;
