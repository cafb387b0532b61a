/**
 * Development over time: a figure of each period present in the store as one point per month
 * (realisatie against the opgave as it was known that month), statushouders housed per half year
 * against the schedule, and the half-year statement judged with a province's supervision scale.
 * Plain Java: the periods come in as values, nothing is read here.
 */
package nl.regietafel.domain.verloop;
