/**
 * Feature: the workbench pages and the dataset statistics ({@code /api/stats}).
 * May use other features, {@code sparql}, {@code system}, {@code store}, {@code text}, {@code ontology}.
 */
package org.diplokg.web;
