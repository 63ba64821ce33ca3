/**
 * Prioritised screening: TF-IDF features of the text a reviewer screens, ranking models trained on
 * decisions (linear models via LIBLINEAR, multinomial naive Bayes as the baseline), the simulation
 * of prioritised screening on labelled sets with its recall metrics, and the hypergeometric
 * stopping rule of Callaghan and Müller-Hansen (2020). No JavaFX, no storage.
 */
package org.winnow.core.ranking;
